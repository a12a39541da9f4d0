using System.Collections.Frozen;

namespace Orleans.Clinical.Analysis.Reasoning;

/// <summary>
/// The conditions, findings and sources of the differential, read once from the embedded Data/ files
/// and immutable afterwards (safe to share between threads).
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Lazy = new(KnowledgeBaseLoader.LoadEmbedded);

    public KnowledgeBase(
        IReadOnlyList<Finding> findings,
        IReadOnlyList<Condition> conditions,
        IReadOnlyDictionary<string, string> sources,
        IReadOnlyList<CooccurrenceRule>? rules = null)
    {
        Rules = rules ?? [];
        Findings = findings;
        Conditions = conditions;
        Sources = sources;
        FindingIds = findings.ToFrozenDictionary(f => f.Id, f => f.Index, StringComparer.Ordinal);
        Informative = BuildInformative(findings.Count, conditions);
    }

    public static KnowledgeBase Default => Lazy.Value;

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<Condition> Conditions { get; }

    /// <summary>Source key to full citation (organisation or authors, title, year).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    public IReadOnlyDictionary<string, int> FindingIds { get; }

    /// <summary>Findings recognised from words occurring together rather than from one exact phrase.</summary>
    public IReadOnlyList<CooccurrenceRule> Rules { get; }

    /// <summary>
    /// Findings that strongly point to at least one condition (LR+ of 4 or more somewhere). A condition that
    /// does not list such a finding is slightly penalised when it is present: the finding is left unexplained.
    /// </summary>
    public IReadOnlyList<bool> Informative { get; }

    public int FindingIndex(string id) =>
        FindingIds.TryGetValue(id, out var index) ? index : throw new KeyNotFoundException($"Unknown finding '{id}'");

    private static bool[] BuildInformative(int count, IReadOnlyList<Condition> conditions)
    {
        var informative = new bool[count];
        foreach (var condition in conditions)
        {
            foreach (var row in condition.Rows)
            {
                if (row.PositiveLr >= 4)
                {
                    informative[row.Finding] = true;
                }
            }
        }

        return informative;
    }
}
