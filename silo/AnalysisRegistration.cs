using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Floor;
using Orleans.Clinical.Grains.Pipeline;

namespace Orleans.Clinical.Silo;

public static class AnalysisRegistration
{
    /// <summary>The analysis stages: stateless, thread-safe singletons shared by every session grain.</summary>
    public static IServiceCollection AddClinicalAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<InputSafetyScreen>();
        services.AddSingleton<IPhiRedactor, RegexPhiRedactor>();
        services.AddSingleton<IEmergencyDetector, PatternEmergencyDetector>();
        services.AddSingleton<IEntityExtractor, KeywordEntityExtractor>();
        services.AddSingleton<IEvidenceSearch, PendingStage>();
        services.AddSingleton<IDifferentialDiagnosis, PendingStage>();
        services.AddSingleton<IClinicalSynthesizer, ClinicalSynthesizer>();
        services.AddSingleton<AnalysisStages>();
        services.AddSingleton<ClinicalPipeline>();
        return services;
    }

    private sealed class PendingStage : IEvidenceSearch, IDifferentialDiagnosis
    {
        public EvidenceResult Search(EvidenceQuery query) => throw new InvalidOperationException("Evidence search is not configured.");

        public DifferentialResult Rank(ClinicalCase clinicalCase) => throw new InvalidOperationException("Differential is not configured.");
    }
}
