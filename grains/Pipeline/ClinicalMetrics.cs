using System.Diagnostics.Metrics;

namespace Orleans.Clinical.Grains.Pipeline;

/// <summary>Metrics of the analysis (meter "Orleans.Clinical"). Tags are stage names and categories, never text.</summary>
public static class ClinicalMetrics
{
    public const string MeterName = "Orleans.Clinical";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Histogram<double> StageDuration =
        Meter.CreateHistogram<double>("clinical.stage.duration", "ms", "Duration of one analysis stage for one input.");

    public static readonly Counter<long> Inputs =
        Meter.CreateCounter<long>("clinical.inputs", description: "Clinical inputs analysed.");

    public static readonly Counter<long> Emergencies =
        Meter.CreateCounter<long>("clinical.emergencies", description: "Emergency alerts raised, by category.");

    public static readonly Counter<long> Frames =
        Meter.CreateCounter<long>("clinical.frames", description: "Frames published on session streams, by type.");
}
