using Microsoft.Extensions.AI;
using Orleans.Clinical.Analysis.Floor;

namespace Orleans.Clinical.Analysis.Tests;

public sealed class LanguageModelNarrativeTests
{
    /// <summary>A chat client that records what it was sent and answers as told.</summary>
    private sealed class FakeChatClient(Func<CancellationToken, Task<string>> answer) : IChatClient
    {
        public List<string> Received { get; } = [];

        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Received.AddRange(messages.Select(m => m.Text));
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, await answer(cancellationToken)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The narrative does not stream.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private sealed class Numbering : IPseudonymSource
    {
        public string ReplacementFor(string phiType, string value) => $"[{phiType}-1]";
    }

    private static (ClinicalSynthesis Synthesis, SynthesisInput Input) Case()
    {
        var redacted = new RegexPhiRedactor().Redact("SSN 123-45-6789, phone 555-867-5309: cough and fever for 3 days", new Numbering());
        var entities = new KeywordEntityExtractor().Extract(redacted.RedactedText);
        var input = new SynthesisInput(redacted.RedactedText, entities, EvidenceResult.Empty, null, []);
        return (new ClinicalSynthesizer().Synthesize(input), input);
    }

    [Fact]
    public async Task The_model_receives_only_de_identified_text_and_its_narrative_is_attributed()
    {
        var (synthesis, input) = Case();
        var chat = new FakeChatClient(_ => Task.FromResult("Three days of cough and fever; no red flags recorded."));

        var enriched = await new LanguageModelNarrative(chat, new LanguageModelOptions { Enabled = true }).EnrichAsync(synthesis, input);

        var sent = string.Join('\n', chat.Received);
        Assert.Contains("[SSN-1]", sent);
        Assert.DoesNotContain("123-45-6789", sent);
        Assert.DoesNotContain("867-5309", sent);
        Assert.StartsWith("Three days of cough and fever", enriched.Content, StringComparison.Ordinal);
        Assert.EndsWith(LanguageModelNarrative.Attribution, enriched.Content, StringComparison.Ordinal);
        Assert.Equal(synthesis.KeyFindings, enriched.KeyFindings);
    }

    [Fact]
    public async Task A_failing_model_leaves_the_deterministic_synthesis()
    {
        var (synthesis, input) = Case();
        var chat = new FakeChatClient(_ => throw new HttpRequestException("model unavailable"));

        var result = await new LanguageModelNarrative(chat, new LanguageModelOptions()).EnrichAsync(synthesis, input);

        Assert.Same(synthesis, result);
    }

    [Fact]
    public async Task A_model_slower_than_the_timeout_leaves_the_deterministic_synthesis()
    {
        var (synthesis, input) = Case();
        var chat = new FakeChatClient(async cancellation =>
        {
            await new TaskCompletionSource().Task.WaitAsync(cancellation);
            return "never";
        });

        var result = await new LanguageModelNarrative(chat, new LanguageModelOptions { TimeoutMilliseconds = 50 }).EnrichAsync(synthesis, input);

        Assert.Same(synthesis, result);
    }
}
