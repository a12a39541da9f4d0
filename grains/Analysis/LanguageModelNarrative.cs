using System.Text;
using Microsoft.Extensions.AI;

namespace Orleans.Clinical.Analysis;

/// <summary>Settings of the optional language-model narrative ("Analysis:LanguageModel"). Off by default.</summary>
public sealed class LanguageModelOptions
{
    public const string Section = "Analysis:LanguageModel";

    public bool Enabled { get; set; }

    /// <summary>A slower answer is dropped and the deterministic synthesis is sent instead.</summary>
    public int TimeoutMilliseconds { get; set; } = 4000;

    public int MaxOutputTokens { get; set; } = 300;
}

/// <summary>
/// Rewrites the deterministic synthesis as a short narrative with a language model behind
/// <see cref="IChatClient"/>. It only ever sends de-identified text (the redacted input and the findings
/// derived from it), never adds facts of its own by instruction, and falls back to the deterministic
/// synthesis on any failure or timeout. The structured parts of the synthesis are never replaced.
/// </summary>
public sealed class LanguageModelNarrative(IChatClient chat, LanguageModelOptions options)
{
    public const string Attribution = "(Narrative drafted by a language model from de-identified findings; verify before use.)";

    private const string Instructions =
        "You are a clinical documentation assistant supporting a licensed clinician. Write a concise synthesis "
        + "(at most 120 words) of the case below for that clinician. Use only the facts given; do not add "
        + "diagnoses, tests or treatments that are not listed. The text is de-identified: keep placeholders such "
        + "as [NAME-1] exactly as written and never guess identities. Do not give a definitive diagnosis.";

    public async Task<ClinicalSynthesis> EnrichAsync(ClinicalSynthesis synthesis, SynthesisInput input, CancellationToken cancellation = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(options.TimeoutMilliseconds);
        try
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, Prompt(synthesis, input))],
                new ChatOptions { MaxOutputTokens = options.MaxOutputTokens, Temperature = 0 },
                timeout.Token);
            var text = response.Text?.Trim();
            return string.IsNullOrEmpty(text) ? synthesis : synthesis with { Content = text + " " + Attribution };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The model is an optional refinement: any failure leaves the deterministic synthesis in place.
            return synthesis;
        }
    }

    /// <summary>The user message: de-identified input and derived findings only.</summary>
    public static string Prompt(ClinicalSynthesis synthesis, SynthesisInput input)
    {
        var prompt = new StringBuilder();
        prompt.AppendLine("De-identified clinical input:").AppendLine(input.RedactedText).AppendLine();
        prompt.AppendLine("Key findings: " + string.Join("; ", synthesis.KeyFindings));
        prompt.AppendLine("Considerations: " + string.Join(" ", synthesis.ClinicalConsiderations));
        prompt.AppendLine("Evidence: " + synthesis.EvidenceSummary);
        prompt.AppendLine("Uncertainty: " + synthesis.UncertaintyQuantification);
        return prompt.ToString();
    }
}
