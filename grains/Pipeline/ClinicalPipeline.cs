using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Grains.Interfaces;
using Orleans.Clinical.Grains.Session;

namespace Orleans.Clinical.Grains.Pipeline;

/// <summary>
/// Runs the protocol's stages for one input and hands every frame to <c>emit</c> as soon as it is ready,
/// so an emergency alert goes out before any later stage runs. A failing stage yields a pipeline_error
/// frame and the remaining stages still run. Logs carry stage names and exception types only, never text.
/// </summary>
public sealed class ClinicalPipeline(AnalysisStages stages, IOptions<AnalysisOptions> options, ILogger<ClinicalPipeline> logger)
{
    public const string PhiStage = "deidentification";
    public const string EmergencyStage = "emergency_detection";
    public const string EntityStage = "entity_extraction";
    public const string EvidenceStage = "literature_search";
    public const string ReasoningStage = "clinical_reasoning";
    public const string SynthesisStage = "clinical_synthesis";

    public async Task<PipelineOutcome> RunAsync(PipelineRequest request, Func<SessionEvent, Task> emit)
    {
        var failed = new List<string>();

        var concerns = stages.Safety.Screen(request.Text);
        if (concerns.Count > 0)
        {
            await emit(new InputRejected { SafetyConcerns = concerns });
            return new PipelineOutcome(true, null, [], null, null, null, null, []);
        }

        DeidentifiedText deidentified;
        try
        {
            deidentified = Measure(PhiStage, () => stages.Phi.Redact(request.Text, request.Pseudonyms));
        }
        catch (Exception exception)
        {
            // Without de-identification the text must not go further: nothing of it is analysed or stored.
            LogStageFailure(PhiStage, exception);
            await emit(StageFailure(PhiStage, "The input could not be de-identified, so it was discarded without analysis. Please rephrase and resend."));
            await emit(new SynthesisCompleted
            {
                Content = "This input was not analysed because it could not be de-identified safely.",
                Synthesis = new SynthesisDetail
                {
                    ClinicalConsiderations = ["Resend the input; if the problem persists, contact support."],
                    EvidenceSummary = "Not searched.",
                    UncertaintyQuantification = "Not quantified: the input was not analysed.",
                },
            });
            return new PipelineOutcome(false, null, [], null, null, null, null, [PhiStage]);
        }

        var text = deidentified.RedactedText;
        if (deidentified.HasPhi)
        {
            await emit(EventMapping.ToEvent(deidentified));
        }

        EmergencyAssessment? emergency = null;
        try
        {
            emergency = Measure(EmergencyStage, () => stages.Emergency.Detect(text));
        }
        catch (Exception exception)
        {
            LogStageFailure(EmergencyStage, exception);
            failed.Add(EmergencyStage);
            await emit(StageFailure(EmergencyStage, "Emergency screening could not be completed for this input. Assess for red flags directly."));
        }

        if (emergency is { IsEmergency: true })
        {
            await emit(EventMapping.ToEvent(emergency));
            if (!options.Value.ContinueAfterEmergency)
            {
                return new PipelineOutcome(false, text, deidentified.PhiTypes, emergency.Category, null, null, null, failed);
            }
        }

        await emit(new ProcessingUpdated { Stage = "entity_extraction_started", Content = "Extracting clinical entities." });
        EntityExtraction? entities = null;
        try
        {
            entities = Measure(EntityStage, () => stages.Entities.Extract(text));
            var known = request.PriorEntities.Select(e => e.Concept).ToHashSet(StringComparer.Ordinal);
            await emit(EventMapping.ToEvent(entities, known));
        }
        catch (Exception exception)
        {
            LogStageFailure(EntityStage, exception);
            failed.Add(EntityStage);
            await emit(StageFailure(EntityStage, "Clinical entities could not be extracted from this input."));
        }

        var current = entities?.Entities ?? [];
        var hasProblems = current.Any(e => e.Category is EntityCategory.Symptom or EntityCategory.Condition);
        EvidenceResult? evidence = null;
        if (hasProblems)
        {
            await emit(new ProcessingUpdated { Stage = "literature_search_started", Content = "Searching guideline and literature evidence." });
            try
            {
                var query = new EvidenceQuery(EvidenceConcepts(current), text);
                evidence = Measure(EvidenceStage, () => stages.Evidence.Search(query));
                await emit(EventMapping.ToEvent(evidence));
            }
            catch (Exception exception)
            {
                LogStageFailure(EvidenceStage, exception);
                failed.Add(EvidenceStage);
                await emit(StageFailure(EvidenceStage, "The evidence search could not be completed for this input."));
            }
        }

        // The differential reasons over the whole session so far, so it updates as findings accumulate.
        var caseEntities = request.PriorEntities.Concat(current).ToArray();
        var presentSymptoms = caseEntities
            .Where(e => e.Category == EntityCategory.Symptom && e.Assertion == Assertion.Present)
            .Select(e => e.Concept)
            .Distinct(StringComparer.Ordinal)
            .Count();
        DifferentialResult? differential = null;
        IReadOnlyList<DifferentialConsideration>? ranked = null;
        if (presentSymptoms > 1)
        {
            await emit(new ProcessingUpdated { Stage = "clinical_reasoning_started", Content = "Ranking the differential diagnosis." });
            try
            {
                var clinicalCase = new ClinicalCase([.. request.PriorRedactedInputs, text], caseEntities);
                differential = Measure(ReasoningStage, () => stages.Differential.Rank(clinicalCase));
                var frame = EventMapping.ToEvent(differential, request.PriorDifferential);
                ranked = frame.DifferentialConsiderations;
                await emit(frame);
            }
            catch (Exception exception)
            {
                LogStageFailure(ReasoningStage, exception);
                failed.Add(ReasoningStage);
                await emit(StageFailure(ReasoningStage, "The differential diagnosis could not be ranked for this input."));
            }
        }

        string? synthesisContent = null;
        try
        {
            var input = new SynthesisInput(text, entities, evidence, differential, failed) { PriorEntities = request.PriorEntities };
            var synthesis = Measure(SynthesisStage, () => stages.Synthesizer.Synthesize(input));
            if (stages.Narrative is { } narrative)
            {
                synthesis = await narrative.EnrichAsync(synthesis, input);
            }
            synthesisContent = synthesis.Content;
            await emit(EventMapping.ToEvent(synthesis));
        }
        catch (Exception exception)
        {
            LogStageFailure(SynthesisStage, exception);
            failed.Add(SynthesisStage);
            await emit(StageFailure(SynthesisStage, "The synthesis could not be written for this input."));
            await emit(new SynthesisCompleted
            {
                Content = "A synthesis could not be written for this input; see the earlier frames. Not analysed: " + string.Join(", ", failed) + ".",
                Synthesis = new SynthesisDetail { UncertaintyQuantification = "Not quantified." },
            });
        }

        return new PipelineOutcome(false, text, deidentified.PhiTypes, emergency?.Category, entities, ranked, synthesisContent, failed);
    }

    private static IReadOnlyList<string> EvidenceConcepts(IReadOnlyList<ClinicalEntity> entities) => entities
        .Where(e => e.Assertion is Assertion.Present or Assertion.Possible)
        .OrderBy(e => e.Category switch
        {
            EntityCategory.Condition => 0,
            EntityCategory.Symptom => 1,
            EntityCategory.Medication => 2,
            _ => 3,
        })
        .Select(e => e.Concept)
        .Distinct(StringComparer.Ordinal)
        .Take(12)
        .ToArray();

    private static StageFailed StageFailure(string stage, string content) => new() { Stage = stage, Content = content };

    private static T Measure<T>(string stage, Func<T> run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return run();
        }
        finally
        {
            ClinicalMetrics.StageDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("stage", stage));
        }
    }

    private void LogStageFailure(string stage, Exception exception) =>
        // The exception's message and stack may quote the input; log only its type.
        logger.LogError("Analysis stage {Stage} failed with {ExceptionType}", stage, exception.GetType().Name);
}
