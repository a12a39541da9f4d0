using System.Text.RegularExpressions;
using Orleans.Clinical.Analysis.Entities.Lexicon;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities.Tests;

public sealed partial class LexiconTests
{
    // The canonical concepts of the annotation guide; the lexicon must cover every one.
    private static readonly string[] Canonical =
    [
        "abdominal pain", "back pain", "blurred vision", "chest pain", "chills", "confusion", "cough", "decreased appetite", "diaphoresis",
        "diarrhea", "dizziness", "dyspnea", "dysuria", "edema", "facial droop", "fatigue", "fever", "flank pain", "headache", "hematemesis",
        "hematochezia", "hematuria", "hemoptysis", "insomnia", "leg pain", "melena", "nausea", "neck stiffness", "numbness", "orthopnea",
        "palpitations", "photophobia", "slurred speech", "syncope", "urinary frequency", "vomiting", "weakness", "weight loss", "wheezing",
        "acute coronary syndrome", "acute kidney injury", "alcohol use disorder", "anemia", "appendicitis", "asthma", "atrial fibrillation",
        "breast cancer", "cardiac arrhythmia", "cellulitis", "cholecystitis", "chronic kidney disease", "chronic obstructive pulmonary disease",
        "colon cancer", "coronary artery disease", "covid-19", "deep vein thrombosis", "dementia", "depression", "diabetes mellitus",
        "diabetic ketoacidosis", "end-stage renal disease", "gastroesophageal reflux disease", "gastrointestinal bleeding", "heart failure",
        "hip fracture", "hyperkalemia", "hyperlipidemia", "hypertension", "hypoglycemia", "hypokalemia", "hypothyroidism", "influenza",
        "lung cancer", "meningitis", "migraine", "myocardial infarction", "nephrolithiasis", "obesity", "obstructive sleep apnea",
        "osteoarthritis", "pancreatitis", "peptic ulcer disease", "peripheral artery disease", "pneumonia", "pulmonary embolism",
        "pyelonephritis", "sepsis", "stroke", "sudden cardiac death", "tobacco use", "transient ischemic attack", "type 1 diabetes mellitus",
        "type 2 diabetes mellitus", "urinary tract infection", "acetaminophen", "albuterol", "alteplase", "amlodipine", "apixaban", "aspirin",
        "atorvastatin", "azithromycin", "carvedilol", "ceftriaxone", "cephalexin", "clopidogrel", "diltiazem", "donepezil", "ferrous sulfate",
        "fluticasone-salmeterol", "furosemide", "gabapentin", "heparin", "hydrochlorothiazide", "hydromorphone", "ibuprofen", "insulin",
        "insulin glargine", "insulin lispro", "ipratropium-albuterol", "ketorolac", "lactated ringer's", "levothyroxine", "lisinopril",
        "metformin", "methylprednisolone", "metoprolol", "montelukast", "morphine", "nitroglycerin", "normal saline", "omeprazole",
        "ondansetron", "oxycodone", "pantoprazole", "piperacillin-tazobactam", "potassium chloride", "prednisone", "sertraline",
        "spironolactone", "sumatriptan", "tamsulosin", "tiotropium", "vancomycin", "warfarin", "codeine", "drug allergy", "iodinated contrast",
        "latex", "peanut", "penicillin", "shellfish", "sulfonamide antibiotics", "appendectomy", "blood transfusion", "cardiac catheterization",
        "cardioversion", "cesarean section", "chest x-ray", "cholecystectomy", "colonoscopy", "coronary artery bypass graft",
        "ct abdomen and pelvis", "ct angiography chest", "ct head", "echocardiogram", "electrocardiogram", "hemodialysis", "hysterectomy",
        "intubation", "lower extremity venous duplex", "lumbar puncture", "mammogram", "mastectomy", "mri brain",
        "percutaneous coronary intervention", "renal ultrasound", "right upper quadrant ultrasound", "stress test", "total hip arthroplasty",
        "total knee arthroplasty", "upper endoscopy", "anion gap", "b-type natriuretic peptide", "basic metabolic panel",
        "beta-hydroxybutyrate", "bicarbonate", "blood culture", "blood urea nitrogen", "complete blood count", "creatinine", "d-dimer",
        "hemoglobin", "hemoglobin a1c", "inr", "lactate", "ldl cholesterol", "lipase", "liver function tests", "magnesium", "platelet count",
        "potassium", "procalcitonin", "sodium", "thyroid stimulating hormone", "triglycerides", "troponin", "urinalysis", "urine culture",
        "urine pregnancy test", "white blood cell count",
    ];

    private static ClinicalLexicon Lexicon => ClinicalLexicon.Default;

    [Fact]
    public void Every_canonical_concept_is_in_the_lexicon()
    {
        var names = Lexicon.Concepts.Select(c => c.Concept).ToHashSet(StringComparer.Ordinal);
        var missing = Canonical.Where(c => !names.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "Missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_lexicon_goes_well_beyond_the_canonical_list()
    {
        Assert.True(Lexicon.Concepts.Count >= 2 * Canonical.Length, $"{Lexicon.Concepts.Count} concepts");
        Assert.True(Lexicon.Terms.PhraseCount >= 3000, $"{Lexicon.Terms.PhraseCount} phrases");
    }

    [Fact]
    public void Concept_names_are_unique_and_lower_case()
    {
        Assert.Equal(Lexicon.Concepts.Count, Lexicon.Concepts.Select(c => c.Concept).Distinct().Count());
        Assert.All(Lexicon.Concepts, c => Assert.Equal(c.Concept.ToLowerInvariant(), c.Concept));
    }

    [Fact]
    public void Codes_are_well_formed_in_their_terminology()
    {
        Assert.All(Lexicon.Concepts.Select(c => c.Code).Concat(Lexicon.Concepts.Select(c => c.AllergyCode)).OfType<ClinicalCode>(), code =>
        {
            var valid = code.System switch
            {
                ClinicalCode.Loinc => LoincPattern().IsMatch(code.Code) && LoincCheckDigitHolds(code.Code),
                ClinicalCode.Snomed => SnomedPattern().IsMatch(code.Code) && VerhoeffHolds(code.Code) && code.Code[^3..^1] == "00",
                ClinicalCode.Icd10Cm => Icd10CmPattern().IsMatch(code.Code),
                ClinicalCode.RxNorm => RxNormPattern().IsMatch(code.Code),
                _ => false,
            };
            Assert.True(valid, $"{code.System} {code.Code}");
        });
    }

    [Fact]
    public void Drugs_are_coded_in_rxnorm_and_tests_in_loinc()
    {
        Assert.All(Lexicon.Concepts.Where(c => c is { Category: EntityCategory.Medication, Code: not null }),
            c => Assert.Equal(ClinicalCode.RxNorm, c.Code!.System));
        Assert.All(Lexicon.Concepts.Where(c => c is { Category: EntityCategory.Lab, Code: not null }),
            c => Assert.Equal(ClinicalCode.Loinc, c.Code!.System));
        Assert.All(Lexicon.Concepts.Where(c => c.Category == EntityCategory.Medication), c => Assert.NotNull(c.AllergyCode));
    }

    [Fact]
    public void No_phrase_names_two_concepts()
    {
        var files = new[] { "symptoms.json", "conditions.json", "medications.json", "allergies.json", "procedures.json", "labs.json" };
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        List<string> clashes = [];
        foreach (var file in files.Select(EntityData.ReadJson<LexiconFile>))
        {
            foreach (var concept in file.Concepts)
            {
                foreach (var phrase in (concept.Terms ?? []).Concat(concept.Brands ?? []).Concat(concept.Misspellings ?? []))
                {
                    var key = Normalise(phrase);
                    if (owners.TryGetValue(key, out var owner) && owner != concept.Concept) clashes.Add($"{phrase}: {owner} / {concept.Concept}");
                    owners.TryAdd(key, concept.Concept);
                }
            }
        }

        Assert.Empty(clashes);
    }

    private static string Normalise(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        return string.Join(' ', Enumerable.Range(0, tokens.Count).Where(i => !tokens.IsChar(i, '-')).Select(tokens.NormString));
    }

    private static bool LoincCheckDigitHolds(string code)
    {
        var dash = code.IndexOf('-');
        var sum = 0;
        for (var i = dash - 1; i >= 0; i--)
        {
            var digit = code[i] - '0';
            if ((dash - 1 - i) % 2 == 0) digit = digit * 2 is var d && d > 9 ? d - 9 : d;
            sum += digit;
        }

        return (10 - sum % 10) % 10 == code[dash + 1] - '0';
    }

    private static readonly int[,] VerhoeffD =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 }, { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] VerhoeffP =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 }, { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    private static bool VerhoeffHolds(string digits)
    {
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            check = VerhoeffD[check, VerhoeffP[i % 8, digits[digits.Length - 1 - i] - '0']];
        }

        return check == 0;
    }

    [GeneratedRegex(@"^\d{1,7}-\d$")]
    private static partial Regex LoincPattern();

    [GeneratedRegex(@"^\d{6,18}$")]
    private static partial Regex SnomedPattern();

    [GeneratedRegex(@"^[A-TV-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$|^U07\.1$")]
    private static partial Regex Icd10CmPattern();

    [GeneratedRegex(@"^\d{2,8}$")]
    private static partial Regex RxNormPattern();
}
