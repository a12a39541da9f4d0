using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Deidentification;
using Orleans.Clinical.Analysis.Entities;
using Orleans.Clinical.Analysis.Evidence;
using Orleans.Clinical.Analysis.Language;
using Orleans.Clinical.Analysis.Reasoning;
using Orleans.Clinical.Grains.Pipeline;

namespace Orleans.Clinical.Silo;

public static class AnalysisRegistration
{
    /// <summary>
    /// The analysis stages: stateless, thread-safe singletons shared by every session grain. Their knowledge
    /// (lexicons, rules, knowledge base, evidence index) loads once, when the silo starts.
    /// </summary>
    public static IServiceCollection AddClinicalAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<InputSafetyScreen>();
        services.AddSingleton<IPhiRedactor, PhiRedactor>();
        services.AddSingleton<IEmergencyDetector>(_ => EmergencyDetector.Default);
        services.AddSingleton<IEntityExtractor>(_ => EntityExtractor.Default);
        services.AddSingleton<IEvidenceSearch, EvidenceSearch>();
        services.AddSingleton<IDifferentialDiagnosis, DifferentialDiagnosis>();
        services.AddSingleton<IClinicalSynthesizer, ClinicalSynthesizer>();
        var languageModel = configuration.GetSection(LanguageModelOptions.Section).Get<LanguageModelOptions>() ?? new LanguageModelOptions();
        services.AddSingleton(provider =>
        {
            var stages = ActivatorUtilities.CreateInstance<AnalysisStages>(provider);
            // Off by default. When enabled, the host must also register an IChatClient (Microsoft.Extensions.AI).
            if (!languageModel.Enabled)
            {
                return stages;
            }

            var chat = provider.GetService<Microsoft.Extensions.AI.IChatClient>()
                ?? throw new InvalidOperationException("Analysis:LanguageModel:Enabled is true but no IChatClient is registered.");
            return stages with { Narrative = new LanguageModelNarrative(chat, languageModel) };
        });
        services.AddSingleton<ClinicalPipeline>();
        services.AddHostedService<AnalysisWarmup>();
        return services;
    }

    /// <summary>Loads every stage's knowledge at start, so the first clinician does not wait for it.</summary>
    private sealed class AnalysisWarmup(AnalysisStages stages) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            const string sample = "58M with cough, fever 38.5 C and chest pain; denies dyspnea. On aspirin 81 mg daily.";
            var entities = stages.Entities.Extract(sample);
            stages.Emergency.Detect(sample);
            stages.Evidence.Search(new EvidenceQuery(["cough", "fever"], sample));
            stages.Differential.Rank(ClinicalCase.Of(sample, entities));
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
