using System.Runtime.CompilerServices;
using Orleans.Clinical.Evaluation;
using Orleans.Clinical.Evaluation.Evaluations;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

/// <summary>
/// Ratchets on the labelled dev vignettes: the figures the code achieves now, rounded down a little. Raise them
/// as the method improves; never lower them.
/// </summary>
public sealed class DifferentialRatchetTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() => new DifferentialEvaluation().Run(DataDirectory()));

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

    private static string DataDirectory([CallerFilePath] string source = "")
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CLINICAL_EVAL_DIR");
        if (!string.IsNullOrWhiteSpace(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        // The repository copy, found from this file's location so that any build output directory works.
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));
        var shared = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "dev"));
        return File.Exists(Path.Combine(shared, "ddx.jsonl")) ? shared : Path.Combine(root, "tests", "data", "eval-dev");
    }
}
