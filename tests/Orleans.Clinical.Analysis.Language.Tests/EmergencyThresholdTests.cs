using Orleans.Clinical.Evaluation;
using Orleans.Clinical.Evaluation.Evaluations;

namespace Orleans.Clinical.Analysis.Language.Tests;

/// <summary>Ratchets on the labelled emergency set: the figures the detector reaches now, rounded down a little.</summary>
public sealed class EmergencyThresholdTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() => new EmergencyEvaluation().Run(EvaluationData.Locate()));

    [Fact]
    public void Emergency_recall_holds()
    {
        Assert.True(Report.Value.Metrics["recall"] >= 0.98, Report.Value.Table);
    }

    [Fact]
    public void Emergency_precision_holds()
    {
        Assert.True(Report.Value.Metrics["precision"] >= 0.98, Report.Value.Table);
    }

    [Fact]
    public void Emergency_category_accuracy_holds()
    {
        Assert.True(Report.Value.Metrics["category_accuracy"] >= 0.98, Report.Value.Table);
    }

    [Fact]
    public void The_detector_beats_the_seed_pattern_list()
    {
        Assert.True(Report.Value.Metrics["f1"] > Report.Value.Metrics["seed_f1"], Report.Value.Table);
    }
}
