using System.Globalization;
using System.Text;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Evidence;

namespace Orleans.Clinical.Evaluation.Evaluations;

/// <summary>
/// Retrieval quality of the guideline search on a judged query set written for it. A hit is relevant when
/// the statement is tagged with one of the query's relevant topics (judged from clinical knowledge: which
/// guideline topic answers that presentation), not with the query's own words.
/// Metrics: precision@3 (relevant hits among the first three, over three), recall@5 (relevant hits in the
/// first five over the smaller of five and the relevant statements in the corpus), MRR (reciprocal rank of
/// the first relevant hit), hit@1 and hit@5.
/// </summary>
public sealed class EvidenceEvaluation : IEvaluation
{
    public string Name => "evidence";

    /// <summary>Concepts as the extractor gives them (canonical names or lay words), optional text, relevant topics.</summary>
    public sealed record JudgedQuery(string Id, string[] Concepts, string? Text, string[] Relevant);

    public static IReadOnlyList<JudgedQuery> Queries { get; } =
    [
        new("q01", ["chest pain", "diaphoresis", "nausea"], null, ["acute coronary syndrome", "myocardial infarction"]),
        new("q02", ["heart attack"], null, ["myocardial infarction"]),
        new("q03", ["chest pain", "troponin"], null, ["acute coronary syndrome", "myocardial infarction"]),
        new("q04", ["dyspnea", "edema", "orthopnea"], null, ["heart failure"]),
        new("q05", ["palpitations", "atrial fibrillation"], null, ["atrial fibrillation"]),
        new("q06", ["afib"], "new afib, wants to know about blood thinners", ["atrial fibrillation"]),
        new("q07", ["hypertension"], null, ["hypertension"]),
        new("q08", ["headache", "blurred vision", "hypertension"], "BP 220/130 with headache", ["hypertension"]),
        new("q09", ["facial droop", "slurred speech", "weakness"], null, ["stroke", "transient ischemic attack"]),
        new("q10", ["tia"], null, ["transient ischemic attack"]),
        new("q11", ["dyspnea", "chest pain", "leg pain"], "pleuritic chest pain, recent long flight", ["pulmonary embolism", "deep vein thrombosis"]),
        new("q12", ["deep vein thrombosis"], null, ["deep vein thrombosis"]),
        new("q13", ["fever", "hypotension", "confusion"], "possible urosepsis, lactate 4.1", ["sepsis"]),
        new("q14", ["sepsis", "lactate"], null, ["sepsis"]),
        new("q15", ["cough", "fever", "pneumonia"], null, ["pneumonia"]),
        new("q16", ["wheezing", "asthma"], null, ["asthma"]),
        new("q17", ["copd"], "COPD exacerbation with increased sputum", ["chronic obstructive pulmonary disease"]),
        new("q18", ["diabetic ketoacidosis"], null, ["diabetic ketoacidosis"]),
        new("q19", ["hypoglycemia", "insulin"], null, ["hypoglycemia"]),
        new("q20", ["anaphylaxis"], "throat swelling after peanuts", ["anaphylaxis"]),
        new("q21", ["dysuria", "urinary frequency"], null, ["urinary tract infection"]),
        new("q22", ["flank pain", "fever"], "CVA tenderness", ["pyelonephritis", "nephrolithiasis"]),
        new("q23", ["abdominal pain", "appendicitis"], null, ["appendicitis"]),
        new("q24", ["abdominal pain", "lipase"], "epigastric pain radiating to back, lipase 3x normal", ["pancreatitis"]),
        new("q25", ["melena", "hematemesis"], null, ["gastrointestinal bleeding"]),
        new("q26", ["thunderclap headache"], null, ["headache"]),
        new("q27", ["migraine"], null, ["migraine"]),
        new("q28", ["fever", "neck stiffness", "headache"], null, ["meningitis"]),
        new("q29", ["syncope"], null, ["syncope"]),
        new("q30", ["seizure"], "seizure lasting 10 minutes", ["seizure"]),
        new("q31", ["head injury", "vomiting"], null, ["ct head"]),
        new("q32", ["ankle injury"], null, ["ankle injury"]),
        new("q33", ["back pain"], null, ["back pain"]),
        new("q34", ["depression"], null, ["depression"]),
        new("q35", ["suicidal ideation"], null, ["suicidal ideation", "self-harm"]),
        new("q36", ["overdose", "acetaminophen"], null, ["overdose"]),
        new("q37", ["ectopic pregnancy", "abdominal pain"], null, ["ectopic pregnancy"]),
        new("q38", ["pre-eclampsia", "headache"], null, ["pre-eclampsia"]),
        new("q39", ["postpartum hemorrhage"], null, ["postpartum hemorrhage"]),
        new("q40", ["fever"], "3 week old infant with temp 38.4", ["fever"]),
        new("q41", ["bronchiolitis", "wheezing"], null, ["bronchiolitis"]),
        new("q42", ["croup"], "barking cough and stridor in a toddler", ["croup"]),
        new("q43", ["cellulitis"], null, ["cellulitis"]),
        new("q44", ["common cold"], "runny nose and sore throat for 3 days", ["cough"]),
        new("q45", ["influenza", "fever"], null, ["influenza"]),
        new("q46", ["covid-19"], null, ["covid-19"]),
        new("q47", ["chronic kidney disease"], null, ["chronic kidney disease"]),
        new("q48", ["hyperkalemia"], "K 6.8 with peaked T waves", ["hyperkalemia"]),
        new("q49", ["hypothyroidism"], null, ["hypothyroidism"]),
        new("q50", ["high cholesterol"], null, ["hyperlipidemia"]),
        new("q51", ["warfarin", "intracerebral hemorrhage"], null, ["stroke"]),
        new("q52", ["acute kidney injury", "creatinine"], null, ["acute kidney injury"]),
        new("q53", ["kidney stone"], "colicky flank pain radiating to groin", ["nephrolithiasis"]),
        new("q54", ["sob", "copd"], null, ["chronic obstructive pulmonary disease"]),
        new("q55", ["type 2 diabetes mellitus", "metformin"], null, ["type 2 diabetes mellitus", "diabetes mellitus"]),
        new("q56", ["alcohol withdrawal"], null, ["alcohol use disorder"]),
        new("q57", ["cardiac arrest"], null, ["sudden cardiac death"]),
        new("q58", ["dizziness"], "room spinning when rolling over in bed", ["dizziness"]),
        new("q59", ["hip fracture"], null, ["hip fracture"]),
        new("q60", ["smoker"], "wants help to quit", ["tobacco use"]),
    ];

    public EvaluationReport Run(string dataDirectory)
    {
        var search = new EvidenceSearch();
        var corpus = GuidelineCorpus.Default.Statements;
        double p3 = 0, r5 = 0, mrr = 0, hit1 = 0, hit5 = 0;
        var misses = new StringBuilder();
        foreach (var q in Queries)
        {
            var relevantInCorpus = corpus.Count(s => IsRelevant(s, q));
            var ranked = search.Rank(new EvidenceQuery(q.Concepts, q.Text, 5)).Take(5).ToArray();
            var flags = ranked.Select(r => IsRelevant(r.Statement, q)).ToArray();
            p3 += flags.Take(3).Count(f => f) / 3.0;
            r5 += relevantInCorpus == 0 ? 0 : flags.Count(f => f) / (double)Math.Min(5, relevantInCorpus);
            var first = Array.IndexOf(flags, true);
            mrr += first < 0 ? 0 : 1.0 / (first + 1);
            hit1 += first == 0 ? 1 : 0;
            hit5 += first >= 0 ? 1 : 0;
            if (first != 0)
            {
                misses.AppendLine(CultureInfo.InvariantCulture,
                    $"| {q.Id} | {string.Join(", ", q.Concepts)} | {string.Join(", ", q.Relevant)} | {(first < 0 ? "none in top 5" : $"first at {first + 1}")} | {(ranked.Length > 0 ? ranked[0].Statement.Id : "-")} |");
            }
        }

        var n = Queries.Count;
        var metrics = new Dictionary<string, double>
        {
            ["queries"] = n,
            ["corpus_statements"] = corpus.Count,
            ["precision_at_3"] = p3 / n,
            ["recall_at_5"] = r5 / n,
            ["mrr"] = mrr / n,
            ["hit_at_1"] = hit1 / n,
            ["hit_at_5"] = hit5 / n,
        };
        var table = new StringBuilder()
            .AppendLine("| metric | value |")
            .AppendLine("| --- | --- |");
        foreach (var (name, value) in metrics)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {value:0.###} |");
        }

        table.AppendLine().AppendLine("Queries whose first hit is not relevant:").AppendLine()
            .AppendLine("| query | concepts | relevant topics | first relevant | top hit |")
            .AppendLine("| --- | --- | --- | --- | --- |")
            .Append(misses);
        return new EvaluationReport(Name, metrics, table.ToString());
    }

    private static bool IsRelevant(GuidelineStatement statement, JudgedQuery query) =>
        query.Relevant.Any(topic => statement.Concepts.Contains(topic));
}
