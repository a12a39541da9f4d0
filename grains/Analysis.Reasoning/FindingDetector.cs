using System.Collections.Frozen;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// Reads the knowledge base's findings from a case: phrase matches (with spelling tolerance) whose ConText
/// assertion decides present or absent, entity concepts from the extractor, vital signs and labs, and age.
/// Family, hypothetical and possible mentions never count; historical ones only for history-type findings.
/// Thread-safe: the matcher and tables are built once.
/// </summary>
public sealed class FindingDetector
{
    private readonly KnowledgeBase kb;
    private readonly PhraseMatcher<PhraseTarget> matcher;
    private readonly FrozenDictionary<string, int[]> concepts;
    private readonly VitalFindings vitals;
    private readonly CooccurrenceMatcher cooccurrence;

    public FindingDetector(KnowledgeBase kb)
    {
        this.kb = kb;
        matcher = new PhraseMatcher<PhraseTarget>(BuildVocabulary(kb), PhraseMatcherOptions.Default);
        concepts = kb.Findings
            .SelectMany(f => f.Concepts.Select(c => (Concept: c, f.Index)))
            .GroupBy(x => x.Concept, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Index).Distinct().ToArray(), StringComparer.Ordinal);
        vitals = new VitalFindings(kb);
        cooccurrence = new CooccurrenceMatcher(kb.Rules);
    }

    public CaseFindings Detect(ClinicalCase clinicalCase)
    {
        var tokenized = new TokenizedText[clinicalCase.Texts.Count];
        var demographics = Demographics.Unknown;
        for (var i = 0; i < tokenized.Length; i++)
        {
            tokenized[i] = Tokenizer.Tokenize(Clip(clinicalCase.Texts[i]));
            if (demographics.AgeYears is null || demographics.Sex is null)
            {
                var d = DemographicsParser.Parse(tokenized[i]);
                demographics = new Demographics(demographics.AgeYears ?? d.AgeYears, demographics.Sex ?? d.Sex);
            }
        }

        var findings = new CaseFindings(kb.Findings.Count, demographics);
        var matches = new List<PhraseMatch<PhraseTarget>>();
        foreach (var text in tokenized)
        {
            if (text.Count == 0)
            {
                continue;
            }

            var context = ContextEngine.Default.Analyze(text);
            matches.Clear();
            matcher.Match(text, matches);
            AddNested(text, matches);
            matches.Sort(static (a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
            var assertions = new Assertion[matches.Count];
            for (var m = 0; m < matches.Count; m++)
            {
                assertions[m] = context.AssertionForTokens(matches[m].FirstToken, matches[m].EndToken);
            }

            ListNegation.Extend(text, context, matches, assertions);
            for (var m = 0; m < matches.Count; m++)
            {
                Apply(findings, matches[m].Payload, assertions[m]);
            }

            cooccurrence.Apply(findings, text, context);

            vitals.Apply(findings, VitalSignParser.Default.Parse(text));
            vitals.ApplyDuration(findings, DurationParser.LongestDays(text));
        }

        foreach (var entity in clinicalCase.Entities)
        {
            if (concepts.TryGetValue(entity.Concept, out var ids))
            {
                Apply(findings, new PhraseTarget(ids, []), entity.Assertion);
            }
        }

        vitals.ApplyAge(findings);
        return findings;
    }

    /// <summary>
    /// Longest input analysed, in characters. Clinical inputs are at most 20,000 characters by the wire contract;
    /// anything longer is cut here so that a pathological input costs bounded time.
    /// </summary>
    public const int MaxTextLength = 32_000;

    private static string Clip(string? text) =>
        text is null ? string.Empty : text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    /// <summary>Every phrase match of a text with the findings it names and its assertion (for explanation and tests).</summary>
    public IReadOnlyList<(string Text, string Findings, Assertion Assertion)> Trace(string text)
    {
        var tokenized = Tokenizer.Tokenize(Clip(text));
        var context = ContextEngine.Default.Analyze(tokenized);
        var matches = new List<PhraseMatch<PhraseTarget>>();
        matcher.Match(tokenized, matches);
        AddNested(tokenized, matches);
        matches.Sort(static (a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.EndToken.CompareTo(a.EndToken));
        var assertions = matches.Select(m => context.AssertionForTokens(m.FirstToken, m.EndToken)).ToArray();
        ListNegation.Extend(tokenized, context, matches, assertions);
        return matches.Select((m, i) => (
            tokenized.Text[m.Start..m.End],
            string.Join(",", m.Payload.Present.Select(f => kb.Findings[f].Id).Concat(m.Payload.Absent.Select(f => "!" + kb.Findings[f].Id))),
            assertions[i])).ToArray();
    }

    private void Apply(CaseFindings findings, PhraseTarget target, Assertion assertion)
    {
        foreach (var id in target.Present)
        {
            switch (assertion)
            {
                case Assertion.Present:
                case Assertion.Historical when kb.Findings[id].HistoryCounts:
                    findings.MarkPresent(id);
                    break;
                case Assertion.Negated:
                    findings.MarkAbsent(id);
                    break;
            }
        }

        if (assertion == Assertion.Present)
        {
            foreach (var id in target.Absent)
            {
                findings.MarkAbsent(id);
            }
        }
    }

    /// <summary>The matcher keeps the longest match; shorter phrases inside it ("headache" in "worst headache of her life") are findings too.</summary>
    private void AddNested(TokenizedText text, List<PhraseMatch<PhraseTarget>> matches)
    {
        var count = matches.Count;
        for (var m = 0; m < count; m++)
        {
            var outer = matches[m];
            for (var i = outer.FirstToken + 1; i < outer.EndToken; i++)
            {
                if (matcher.TryMatchAt(text, i, out var inner) && inner.EndToken <= outer.EndToken)
                {
                    matches.Add(inner);
                }
            }
        }
    }

    private static IEnumerable<(string Phrase, PhraseTarget Payload)> BuildVocabulary(KnowledgeBase kb)
    {
        var present = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var absent = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var finding in kb.Findings)
        {
            foreach (var phrase in finding.Phrases)
            {
                Add(present, phrase, finding.Index);
            }

            foreach (var phrase in finding.AbsentPhrases)
            {
                Add(absent, phrase, finding.Index);
            }
        }

        foreach (var phrase in present.Keys.Union(absent.Keys, StringComparer.Ordinal))
        {
            yield return (phrase, new PhraseTarget(
                present.TryGetValue(phrase, out var p) ? [.. p] : [],
                absent.TryGetValue(phrase, out var a) ? [.. a] : []));
        }
    }

    private static void Add(Dictionary<string, List<int>> map, string phrase, int finding)
    {
        var key = phrase.Trim().ToLowerInvariant();
        if (key.Length == 0)
        {
            return;
        }

        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(finding))
        {
            list.Add(finding);
        }
    }
}
