using System.Security.Cryptography;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Clinical.Grains.Pipeline;
using Orleans.Concurrency;

namespace Orleans.Clinical.Grains.Session;

[StatelessWorker]
public sealed class AnalysisGrain(ClinicalPipeline pipeline, AnalysisStages stages, TimeProvider time) : Grain, IAnalysisGrain
{
    public Task<DeidentifyResult> Deidentify(string text)
    {
        var result = stages.Phi.Redact(text, OneCallPseudonyms());
        return Task.FromResult(new DeidentifyResult(result.RedactedText,
            result.Redactions.Select(r => new RedactionInfo(r.Type, r.Start, r.End, r.Replacement)).ToArray(), result.PhiTypes));
    }

    public async Task<IReadOnlyList<SessionEvent>> Analyze(string text)
    {
        var frames = new List<SessionEvent>();
        var request = new PipelineRequest(text, OneCallPseudonyms(), [], [], []);
        await pipeline.RunAsync(request, frame =>
        {
            frames.Add(frame with { Seq = frames.Count + 1, Timestamp = time.GetUtcNow() });
            return Task.CompletedTask;
        });
        return frames;
    }

    /// <summary>Numbers pseudonyms within this call only, under a key that is thrown away with it.</summary>
    private static HmacPseudonymSource OneCallPseudonyms() =>
        new(RandomNumberGenerator.GetBytes(32), "", new PseudonymTable());
}
