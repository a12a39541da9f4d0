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
    private HmacPseudonymSource _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _note = SampleNotes.DischargeSummary2K;

        // a session's pseudonym source lives as long as the session; the table then already knows these values
        _session = new HmacPseudonymSource(_key, "benchmark-session", new PseudonymTable());
        _redactor.Redact(_note, _session);
        _emergency.Detect(_note);
    }

    [Benchmark(Baseline = true)]
    public DeidentifiedText Phi() => _redactor.Redact(_note, _session);

    [Benchmark]
    public EmergencyAssessment PhiThenEmergency() => _emergency.Detect(_redactor.Redact(_note, _session).RedactedText);

    /// <summary>First message of a new session: a new HMAC source and an empty table.</summary>
    [Benchmark]
    public DeidentifiedText PhiNewSession() => _redactor.Redact(_note, new HmacPseudonymSource(_key, "benchmark-session", new PseudonymTable()));
}
