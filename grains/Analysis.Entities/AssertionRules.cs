using Orleans.Clinical.Analysis.Entities.Lexicon;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Entities;

/// <summary>
/// The assertion of a mention: the shared ConText engine's answer, with entity-specific layers on top — chronic
/// problems stay present under "history of"; family-history sections; episodic problems in a past-history section and
/// procedures in a surgical-history section are historical; "stopped", "previously on" and discontinued lists make
/// medications historical; "due for", "ordered", "tomorrow" make procedures and labs hypothetical.
/// </summary>
internal static class AssertionRules
{
    public static Assertion Assert(TokenizedText tokens, ContextAnalysis context, RuleAnalysis rules, in Mention mention, EntityCategory category)
    {
        if (mention.Kind == TermKind.Negated) return Assertion.Negated;
        var concept = mention.Concept;
        var assertion = context.AssertionForTokens(mention.FirstToken, mention.EndToken, concept.Chronic ? true : null);
        var section = rules.SectionOf(mention.FirstToken);

        switch (category)
        {
            case EntityCategory.Condition or EntityCategory.Symptom:
                // "hx COPD, SOB at rest": a weak history cue several words back belongs to an earlier item of the list.
                if (category == EntityCategory.Symptom && assertion == Assertion.Historical && OnlyDistantWeakHistory(tokens, context, mention.FirstToken))
                {
                    assertion = Assertion.Present;
                }

                // "X ruled out", "X - r/o": the cue right after the mention is the most specific one. The engine lists its backward
                // cues under forward ones too (the first wins), and "r/o." does not end its sentence, so its scope runs on.
                if (assertion is Assertion.Present or Assertion.Negated && rules.CueAfter(mention.EndToken, RuleCue.PossibleBackward, 1)) return Assertion.Possible;
                if (assertion is Assertion.Present or Assertion.Possible && rules.CueAfter(mention.EndToken, RuleCue.NegatedBackward, 1)) return Assertion.Negated;
                if (section == SectionKind.Family && assertion is Assertion.Present or Assertion.Historical) return Assertion.Family;
                // An ongoing chronic problem stays present next to a year or a history cue ("PMH: CVA 2019, HTN, DM"),
                // unless it is said to be over ("former smoker", "asthma, resolved").
                if (category == EntityCategory.Condition && concept.Chronic && assertion == Assertion.Historical
                    && !rules.CueBefore(mention.FirstToken, RuleCue.HistoricalForward, 1)
                    && !rules.CueAfter(mention.EndToken, RuleCue.ResolvedBackward, 4))
                {
                    return Assertion.Present;
                }

                if (section == SectionKind.PastHistory && category == EntityCategory.Condition && !concept.Chronic && assertion == Assertion.Present)
                {
                    return Assertion.Historical;
                }

                break;
            case EntityCategory.Medication:
                // A drug named after "h/o CAD s/p stents" is a current medication: only drug-history cues make it historical.
                var drugHistory = section == SectionKind.MedicationHistory
                    || rules.CueBefore(mention.FirstToken, RuleCue.MedicationHistoricalForward, 3)
                    || rules.CueAfter(mention.EndToken, RuleCue.MedicationHistoricalBackward, 3);
                if (assertion == Assertion.Historical && !drugHistory) return Assertion.Present;
                if (assertion is Assertion.Present or Assertion.Negated
                    && drugHistory)
                {
                    return Assertion.Historical;
                }

                break;
            case EntityCategory.Procedure or EntityCategory.Lab:
                // A test whose result is negative was done: only "no", "never had", "declined" ... negate the test itself.
                if (assertion == Assertion.Negated
                    && !rules.CueBefore(mention.FirstToken, RuleCue.TestNegatedForward, 2)
                    && !rules.CueAfter(mention.EndToken, RuleCue.TestNegatedBackward, 1))
                {
                    assertion = Assertion.Present;
                }

                if (assertion == Assertion.Present && section == SectionKind.SurgicalHistory && category == EntityCategory.Procedure)
                {
                    return Assertion.Historical;
                }

                if (assertion == Assertion.Present
                    && (rules.CueBefore(mention.FirstToken, RuleCue.OrderedForward, 2) || rules.CueAfter(mention.EndToken, RuleCue.OrderedBackward, 2)))
                {
                    return Assertion.Hypothetical;
                }

                break;
        }

        if (assertion == Assertion.Present && category != EntityCategory.Allergy
            && (rules.CueBefore(mention.FirstToken, RuleCue.HistoricalForward, 1)
                || (category is EntityCategory.Condition or EntityCategory.Symptom && rules.CueAfter(mention.EndToken, RuleCue.ResolvedBackward, 2))))
        {
            return Assertion.Historical;
        }

        return assertion;
    }

    private static bool OnlyDistantWeakHistory(TokenizedText tokens, ContextAnalysis context, int first)
    {
        var sentence = tokens[first].Sentence;
        var found = false;
        foreach (var trigger in context.Triggers)
        {
            if (trigger.End > first) break;
            if (trigger.Trigger.Category != ContextCategory.Historical || tokens[trigger.First].Sentence != sentence) continue;
            if (!trigger.Trigger.Weak || (tokens.WordCount(trigger.End, first) <= 2 && !CommaBetween(tokens, trigger.End, first))) return false;
            found = true;
        }

        return found;
    }

    private static bool CommaBetween(TokenizedText tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens.IsChar(i, ',')) return true;
        }

        return false;
    }
}
