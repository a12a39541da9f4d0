using System.Text;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;

namespace Orleans.Clinical.Analysis.Deidentification.Tests;

/// <summary>Test helpers: redact with a fresh session and list what was found.</summary>
internal static class Redact
{
    public static readonly byte[] Key = Encoding.UTF8.GetBytes("unit-test-key-0123456789abcdef");

    private static readonly PhiRedactor Redactor = new();

    public static DeidentifiedText Run(string text) =>
        Redactor.Redact(text, new HmacPseudonymSource(Key, "session-test", new PseudonymTable()));

    /// <summary>(type, original text) of every redaction.</summary>
    public static List<(string Type, string Value)> Found(string text) =>
        Run(text).Redactions.Select(r => (r.Type, text[r.Start..r.End])).ToList();
}
