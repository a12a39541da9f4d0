using Orleans.Clinical.Evaluation;
using Orleans.Clinical.Evaluation.Evaluations;

namespace Orleans.Clinical.Analysis.Entities.Tests;

/// <summary>
/// Ratchets on the dev set: each floor is the figure the extractor reaches now, rounded down a little. Raise them
/// as the extractor improves; never lower them.
/// </summary>
public sealed class EntityThresholdTests
{
    private static readonly Lazy<EvaluationReport> Report = new(() => new EntityEvaluation().Run(EvaluationData.Locate()));

    [Theory]
    [InlineData("f1", 0.99)]
    [InlineData("exact_f1", 0.99)]
    [InlineData("precision", 0.99)]
    [InlineData("recall", 0.99)]
    [InlineData("assertion_accuracy", 0.99)]
    [InlineData("medication_attribute_accuracy", 0.99)]
    [InlineData("vital_value_accuracy", 0.99)]
    [InlineData("f1_symptom", 0.99)]
    [InlineData("f1_condition", 0.99)]
    [InlineData("f1_medication", 0.99)]
    [InlineData("f1_vital", 0.99)]
    [InlineData("f1_allergy", 0.98)]
    [InlineData("f1_procedure", 0.99)]
    [InlineData("f1_lab", 0.99)]
    public void Dev_set_figure_stays_at_or_above_its_floor(string metric, double floor) =>
        Assert.True(Report.Value.Metrics[metric] >= floor, $"{metric} = {Report.Value.Metrics[metric]:0.000} < {floor}");

    [Fact]
    public void Confidence_means_something_the_top_bucket_is_most_precise()
    {
        var table = Report.Value.Table;
        Assert.Contains("Confidence calibration", table);
        Assert.True(Report.Value.Metrics["calibration_top_precision"] >= Report.Value.Metrics["precision"]);
    }
}
