namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Decides whether a (redacted) input describes a current emergency. Concept clusters (synonyms, abbreviations,
/// lay wording, misspellings) are matched on tokens; each mention is kept only when ConText says it is present or
/// possible now (not negated, historical, in a relative, hypothetical or asked about); vital signs and labs become
/// threshold facts; combination rules (Data/emergency-rules.json) decide, and the most specific rule that fires
/// gives the category. Findings point at the phrases and vital-sign mentions behind the decision. Thread-safe.
/// </summary>
public sealed class EmergencyDetector : IEmergencyDetector
{
    private const ContextFlags NotNow = ContextFlags.Negated | ContextFlags.Historical | ContextFlags.Family | ContextFlags.Hypothetical;
    private const ContextFlags RiskExcluded = ContextFlags.Negated | ContextFlags.Family | ContextFlags.Hypothetical;

    // Intent is about the future by nature ("plans to overdose tonight"): only negation, the past, a relative or a question rule it out.
    private const ContextFlags IntentExcluded = ContextFlags.Negated | ContextFlags.Historical | ContextFlags.Family | ContextFlags.Question;

    private static readonly Lazy<EmergencyDetector> Lazy = new(() => new EmergencyDetector());

    private readonly EmergencyKnowledge knowledge;
    private readonly ContextEngine context;
    private readonly VitalSignParser vitals;
    private readonly int pregnant;
    private readonly int altered;
    private readonly int qsofa2;
    private readonly int[] alteredSources;
    private readonly int tachypnea22;
    private readonly int sbp100;
    private readonly int shockIndex;

    /// <summary>Loads the embedded knowledge (Data/emergency-concepts.json, Data/emergency-rules.json).</summary>
    public EmergencyDetector()
        : this(new EmergencyKnowledge(
            EmbeddedData.ReadJson<EmergencyConceptData>("emergency-concepts.json"),
            EmbeddedData.ReadJson<EmergencyRuleData>("emergency-rules.json")))
    {
    }

    private EmergencyDetector(EmergencyKnowledge knowledge)
    {
        this.knowledge = knowledge;
        context = ContextEngine.Default;
        vitals = VitalSignParser.Default;
        pregnant = knowledge.Fact("pregnant");
        altered = knowledge.Fact("altered");
        qsofa2 = knowledge.Fact("qsofa2");
        alteredSources = [knowledge.Fact("confusion"), knowledge.Fact("drowsy"), knowledge.Fact("gcs_lt_15")];
        tachypnea22 = knowledge.Fact("tachypnea_22");
        sbp100 = knowledge.Fact("sbp_le_100");
        shockIndex = knowledge.Fact("shock_index");
    }

    public static EmergencyDetector Default => Lazy.Value;

    public EmergencyAssessment Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return EmergencyAssessment.None;
        var tokens = Tokenizer.Tokenize(text);
        if (tokens.Count == 0) return EmergencyAssessment.None;
        var analysis = context.Analyze(tokens);

        var facts = new Evidence[knowledge.FactNames.Length];
        List<PhraseMatch<int[]>> matches = [];
        knowledge.Matcher.Match(tokens, matches);
        foreach (var m in matches)
        {
            if (m.Payload.Length == 0) continue;
            var flags = analysis.FlagsForTokens(m.FirstToken, m.EndToken);
            foreach (var concept in m.Payload)
            {
                var excluded = knowledge.Kind[concept] switch
                {
                    ConceptKind.Risk => RiskExcluded,
                    ConceptKind.Intent => IntentExcluded,
                    ConceptKind.Symptom when flags.HasFlag(ContextFlags.WeakHistorical) => RiskExcluded,
                    _ => NotNow,
                };
                if ((flags & excluded) != 0) continue;
                facts[concept].Add(m.Start, m.End, EmergencyFinding.Phrase);
            }
        }

        knowledge.Near.Find(tokens, (concept, first, end) =>
        {
            if ((analysis.FlagsForTokens(first, end) & NotNow) == 0) facts[concept].Add(tokens[first].Start, tokens[end - 1].End, EmergencyFinding.Phrase);
        });

        AddVitalFacts(tokens, analysis, facts);
        AddAgeFacts(tokens, facts);
        AddDerivedFacts(facts);

        foreach (var rule in knowledge.Rules)
        {
            if (Fires(rule, facts)) return Assess(text, rule, facts);
        }

        return EmergencyAssessment.None;
    }

    private void AddVitalFacts(TokenizedText tokens, ContextAnalysis analysis, Evidence[] facts)
    {
        List<VitalReading> readings = [];
        vitals.Parse(tokens, readings);
        double? heartRate = null, systolic = null;
        (int Start, int End) heartSpan = default, systolicSpan = default;
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (Superseded(readings, i)) continue;
            var (first, end) = tokens.TokenRange(r.Start, r.End);
            // A measurement is current unless negated, hypothetical, in a relative or explicitly past.
            var flags = analysis.FlagsForTokens(first, end);
            if ((flags & RiskExcluded) != 0 || (flags.HasFlag(ContextFlags.Historical) && !flags.HasFlag(ContextFlags.WeakHistorical))) continue;
            foreach (var name in EmergencyFacts.Of(r))
            {
                facts[knowledge.Fact(name)].Add(r.MentionStart, r.MentionEnd, EmergencyFinding.Vital);
            }

            if (r.Name == "heart_rate") (heartRate, heartSpan) = (r.Value, (r.MentionStart, r.MentionEnd));
            if (r.Name == "systolic_bp") (systolic, systolicSpan) = (r.Value, (r.MentionStart, r.MentionEnd));
        }

        if (heartRate is { } hr && systolic is { } sbp && sbp > 0 && hr / sbp >= 1.0)
        {
            facts[shockIndex].Add(heartSpan.Start, heartSpan.End, EmergencyFinding.Vital);
            facts[shockIndex].Add(systolicSpan.Start, systolicSpan.End, EmergencyFinding.Vital);
        }
    }

    // An abnormal value followed in the same mention by a later one ("HR 112 ..., 76 after rest") has settled.
    private static bool Superseded(List<VitalReading> readings, int index)
    {
        var r = readings[index];
        for (var j = index + 1; j < readings.Count && readings[j].Start < r.MentionEnd + 256; j++)
        {
            var later = readings[j];
            if (later.Name == r.Name && later.Repeat && later.MentionStart == r.MentionStart) return true;
        }

        return false;
    }

    private void AddAgeFacts(TokenizedText tokens, Evidence[] facts)
    {
        if (AgeReader.ReadAge(tokens) is { } age)
        {
            var start = tokens[age.First].Start;
            var end = tokens[age.End - 1].End;
            foreach (var name in EmergencyFacts.OfAge(age.Days))
            {
                facts[knowledge.Fact(name)].Add(start, end, EmergencyFinding.Phrase);
            }
        }

        if (AgeReader.ReadGestation(tokens) is { } gestation)
        {
            facts[pregnant].Add(tokens[gestation.First].Start, tokens[gestation.End - 1].End, EmergencyFinding.Phrase);
        }
    }

    private void AddDerivedFacts(Evidence[] facts)
    {
        var qsofa = 0;
        foreach (var source in alteredSources)
        {
            if (facts[source].Count > 0)
            {
                facts[altered].Add(facts[source].Start, facts[source].End, facts[source].Kind);
                break;
            }
        }

        if (facts[altered].Count > 0) qsofa++;
        if (facts[tachypnea22].Count > 0) qsofa++;
        if (facts[sbp100].Count > 0) qsofa++;
        if (qsofa >= 2)
        {
            foreach (var f in (int[])[altered, tachypnea22, sbp100])
            {
                if (facts[f].Count > 0) facts[qsofa2].Add(facts[f].Start, facts[f].End, facts[f].Kind);
            }
        }
    }

    private static bool Fires(EmergencyRule rule, Evidence[] facts)
    {
        foreach (var alternatives in rule.All)
        {
            var found = false;
            foreach (var f in alternatives)
            {
                if (facts[f].Count > 0) { found = true; break; }
            }

            if (!found) return false;
        }

        if (rule.Any.Length > 0)
        {
            var count = 0;
            foreach (var f in rule.Any)
            {
                if (facts[f].Count > 0) count++;
            }

            if (count < rule.MinAny) return false;
        }

        foreach (var f in rule.None)
        {
            if (facts[f].Count > 0) return false;
        }

        foreach (var (f, n) in rule.MinMatches)
        {
            if (facts[f].Count < n) return false;
        }

        return true;
    }

    private EmergencyAssessment Assess(string text, EmergencyRule rule, Evidence[] facts)
    {
        List<EmergencyFinding> findings = [];
        List<string> labels = [];
        void Cite(int f)
        {
            if (facts[f].Count == 0) return;
            foreach (var (start, end, kind) in facts[f].Spans())
            {
                if (findings.Exists(x => x.Start == start && x.End == end)) continue;
                findings.Add(new EmergencyFinding(text[start..end], start, end, kind));
            }

            if (f < knowledge.ConceptCount && !labels.Contains(knowledge.Labels[f])) labels.Add(knowledge.Labels[f]);
        }

        foreach (var alternatives in rule.All)
        {
            foreach (var f in alternatives) Cite(f);
        }

        foreach (var f in rule.Any) Cite(f);
        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
        var summary = labels.Count == 0
            ? $"{rule.Summary} ({rule.Category})."
            : $"{rule.Summary} ({rule.Category}): {string.Join(", ", labels)}.";
        return new EmergencyAssessment(true, rule.Category, findings, summary);
    }

    // The first two spans that support a fact; enough to cite without keeping every repeat.
    private struct Evidence
    {
        private int start2, end2;
        private string? kind2;

        public int Count { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        public string Kind { get; private set; }

        public void Add(int start, int end, string kind)
        {
            if (Count == 0) { Start = start; End = end; Kind = kind; }
            else if (Count == 1 && start != Start) { start2 = start; end2 = end; kind2 = kind; }
            else if (start == Start || start == start2) return;
            Count++;
        }

        public readonly IEnumerable<(int Start, int End, string Kind)> Spans()
        {
            if (Count > 0) yield return (Start, End, Kind);
            if (Count > 1 && kind2 is not null) yield return (start2, end2, kind2);
        }
    }
}
