using Orleans.Clinical.Evaluation;
using Orleans.Clinical.Evaluation.Evaluations;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

/// <summary>
/// Ratchets on the labelled dev vignettes: the figures the code achieves now, rounded down a little. Raise them
/// as the method improves; never lower them.
/// </summary>
public sealed class DifferentialRatchetTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() => new DifferentialEvaluation().Run(EvaluationData.Locate()));

    [Theory]
    [InlineData("top1", 0.96)]
    [InlineData("top3", 0.98)]
    [InlineData("triage", 0.96)]
    [InlineData("emergent_triage", 0.97)]
    public void Dev_vignette_figures_do_not_regress(string metric, double floor)
    {
        Assert.True(Report.Value.Metrics[metric] >= floor, $"{metric} = {Report.Value.Metrics[metric]:0.000} < {floor}");
    }

    [Fact]
    public void No_dev_vignette_is_under_triaged()
    {
        Assert.Equal(0, Report.Value.Metrics["under_triage"]);
    }

    [Fact]
    public void Report_prints_the_semigran_comparison()
    {
        Assert.Contains("Semigran", Report.Value.Table, StringComparison.Ordinal);
    }
}
