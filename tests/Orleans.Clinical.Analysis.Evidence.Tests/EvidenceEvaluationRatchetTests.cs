using Orleans.Clinical.Evaluation.Evaluations;

namespace Orleans.Clinical.Analysis.Evidence.Tests;

/// <summary>Ratchets: the figures the search reaches now on the judged query set, rounded down a little.</summary>
public sealed class EvidenceEvaluationRatchetTests
{
    private static readonly IReadOnlyDictionary<string, double> Metrics = new EvidenceEvaluation().Run("").Metrics;

    [Fact]
    public void Judged_query_set_has_at_least_40_queries()
    {
        Assert.True(Metrics["queries"] >= 40);
    }

    [Theory]
    [InlineData("precision_at_3", 0.86)]
    [InlineData("recall_at_5", 0.85)]
    [InlineData("mrr", 0.97)]
    [InlineData("hit_at_5", 0.98)]
    public void Retrieval_quality_does_not_regress(string metric, double floor)
    {
        Assert.True(Metrics[metric] >= floor, $"{metric} = {Metrics[metric]:0.###} < {floor}");
    }
}
