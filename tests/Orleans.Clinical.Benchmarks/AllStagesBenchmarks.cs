using System.Text;
using BenchmarkDotNet.Attributes;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Deidentification;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;
using Orleans.Clinical.Analysis.Entities;
using Orleans.Clinical.Analysis.Evidence;
using Orleans.Clinical.Analysis.Language;
using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Benchmarks;

/// <summary>
/// Every analysis stage of one input, in the pipeline's order, on the 2 KB note: PHI, emergency, entities,
/// evidence, differential and synthesis (the session grain adds only frame publishing around these).
/// </summary>
[MemoryDiagnoser]
public class AllStagesBenchmarks
{
    private readonly PhiRedactor _phi = new();
    private readonly EmergencyDetector _emergency = EmergencyDetector.Default;
    private readonly EntityExtractor _entities = EntityExtractor.Default;
    private readonly EvidenceSearch _evidence = new();
    private readonly DifferentialDiagnosis _differential = new();
    private readonly ClinicalSynthesizer _synthesizer = new();
    private HmacPseudonymSource _session = null!;
    private string _note = "";

    [GlobalSetup]
    public void Setup()
    {
        _note = SampleNotes.DischargeSummary2K;
        _session = new HmacPseudonymSource(Encoding.UTF8.GetBytes("benchmark-key-not-a-secret-012345"), "s", new PseudonymTable());
        AllStages();
    }

    [Benchmark]
    public ClinicalSynthesis AllStages()
    {
        var text = _phi.Redact(_note, _session).RedactedText;
        _emergency.Detect(text);
        var entities = _entities.Extract(text);
        var concepts = entities.Entities.Where(e => e.Assertion == Assertion.Present).Select(e => e.Concept).Distinct().Take(12).ToArray();
        var evidence = _evidence.Search(new EvidenceQuery(concepts, text));
        var differential = _differential.Rank(ClinicalCase.Of(text, entities));
        return _synthesizer.Synthesize(new SynthesisInput(text, entities, evidence, differential, []));
    }

    [Benchmark]
    public EntityExtraction Entities() => _entities.Extract(_note);

    [Benchmark]
    public EvidenceResult Evidence() => _evidence.Search(new EvidenceQuery(["cough", "fever", "pneumonia", "dyspnea"], _note));

    [Benchmark]
    public DifferentialResult Differential() => _differential.Rank(ClinicalCase.Of(_note, EntityExtraction.Empty));
}
