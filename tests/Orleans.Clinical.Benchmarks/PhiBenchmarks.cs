using System.Text;
using BenchmarkDotNet.Attributes;
using Orleans.Clinical.Analysis;
using Orleans.Clinical.Analysis.Deidentification;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Benchmarks;

/// <summary>PHI redaction alone, and PHI redaction followed by emergency detection, on a 2 KB note.</summary>
[MemoryDiagnoser]
public class PhiBenchmarks
{
    private readonly PhiRedactor _redactor = new();
    private readonly EmergencyDetector _emergency = new();
    private readonly byte[] _key = Encoding.UTF8.GetBytes("benchmark-key-not-a-secret-012345");
    private string _note = "";

    [GlobalSetup]
    public void Setup()
    {
        _note = SampleNotes.DischargeSummary2K;
        _redactor.Redact(_note, Source());
        _emergency.Detect(_note);
    }

    [Benchmark(Baseline = true)]
    public DeidentifiedText Phi() => _redactor.Redact(_note, Source());

    [Benchmark]
    public EmergencyAssessment PhiThenEmergency() => _emergency.Detect(_redactor.Redact(_note, Source()).RedactedText);

    private HmacPseudonymSource Source() => new(_key, "benchmark-session", new PseudonymTable());
}
