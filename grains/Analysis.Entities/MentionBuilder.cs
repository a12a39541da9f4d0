using Orleans.Clinical.Analysis.Entities.Lexicon;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities;

/// <summary>Turns a lexicon mention or a vital sign reading into a <see cref="ClinicalEntity"/>.</summary>
internal static class MentionBuilder
{
    private const string DrugAllergy = "drug allergy";

    public static ClinicalEntity? Build(string text, TokenizedText tokens, ContextAnalysis context, RuleAnalysis rules, bool[] mentionTokens,
        in Mention mention)
    {
        var concept = mention.Concept;
        var category = concept.Category;
        var code = concept.Code;
        var allergyContext = category is EntityCategory.Medication or EntityCategory.Allergy && InAllergyContext(rules, mentionTokens, mention);
        if (category == EntityCategory.Allergy && !allergyContext && concept.Concept != DrugAllergy) return null;
        if (category == EntityCategory.Medication && allergyContext)
        {
            category = EntityCategory.Allergy;
            code = concept.AllergyCode;
        }

        var assertion = AssertionRules.Assert(tokens, context, rules, mention, category);
        var confidence = Confidence.Of(mention, category, allergyContext);
        ClinicalEntity entity = new(category, text[mention.Start..mention.End], mention.Start, mention.End, concept.Concept, code, assertion, confidence);
        if (category != EntityCategory.Medication) return entity;

        var (dose, route, frequency) = MedicationAttributes.Read(text, mention.End);
        route ??= MedicationAttributes.RouteBefore(text, mention.Start);
        if (dose is null && route is null && frequency is null) return entity;
        return entity with { Dose = dose, Route = route, Frequency = frequency, Confidence = Confidence.WithAttributes(confidence) };
    }

    public static ClinicalEntity Vital(string text, ContextAnalysis context, VitalReading reading)
    {
        var (concept, code) = VitalConcepts.ByName[reading.Name];
        var assertion = context.AssertionForSpan(reading.MentionStart, reading.MentionEnd, chronicCondition: false) switch
        {
            Assertion.Hypothetical => Assertion.Hypothetical,
            Assertion.Family => Assertion.Family,
            _ => Assertion.Present,
        };
        return new ClinicalEntity(EntityCategory.Vital, text[reading.Start..reading.End], reading.Start, reading.End, concept, code, assertion,
            Confidence.OfVital(reading))
        {
            VitalName = reading.Name,
            Value = reading.Value,
            Unit = reading.Unit,
            Abnormal = reading.Abnormal,
        };
    }

    // An allergen: in an allergy section, after "allergic to", or before "allergy" ("PCN allergy", "sulfa-allergic").
    private static bool InAllergyContext(RuleAnalysis rules, bool[] mentionTokens, in Mention mention) =>
        rules.SectionOf(mention.FirstToken) == SectionKind.Allergy
        || rules.InAllergyList(mention.FirstToken, mentionTokens, ClinicalLexicon.Default.Rules.AllergyListGlue)
        || rules.CueAfter(mention.EndToken, RuleCue.AllergyBackward, 0);
}
