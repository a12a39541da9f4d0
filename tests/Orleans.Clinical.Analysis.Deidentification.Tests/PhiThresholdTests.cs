using Orleans.Clinical.Evaluation;
using Orleans.Clinical.Evaluation.Evaluations;

namespace Orleans.Clinical.Analysis.Deidentification.Tests;

/// <summary>Ratchets on the labelled dev set: the figures the redactor reaches now, rounded down a little.</summary>
public class PhiThresholdTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() => new PhiEvaluation().Run(EvaluationData.Locate()));

    [Theory]
    [InlineData("token_recall", 0.99)]
    [InlineData("token_precision", 0.98)]
    [InlineData("span_exact_recall", 0.97)]
    [InlineData("span_overlap_precision", 0.98)]
    [InlineData("keep_intact", 0.995)]
    [InlineData("recall_NAME", 0.98)]
    [InlineData("recall_DATE", 0.98)]
    [InlineData("recall_ADDRESS", 0.98)]
    [InlineData("recall_PHONE", 0.98)]
    public void Dev_set_figure_does_not_fall_below_its_ratchet(string metric, double minimum)
    {
        Assert.True(Report.Value.Metrics[metric] >= minimum, $"{metric} = {Report.Value.Metrics[metric]:0.000} < {minimum}");
    }
}
