using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Language.Tests;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Matcher = new(
    [
        ("chest pain", "chest pain"),
        ("chest", "chest"),
        ("anaphylaxis", "anaphylaxis"),
        ("seizure", "seizure"),
        ("seizure of assets", "(figurative)"),
        ("heart", "heart"),
        ("heart of the problem", "(figurative)"),
        ("choking", "choking"),
        ("wide complex tachycardia", "vt"),
        ("lip swelling", "angioedema"),
        ("pe", "pulmonary embolism"),
        ("shortness of breath", "dyspnea"),
    ]);

    private static string[] Payloads(string text) => [.. Matcher.Match(Tokenizer.Tokenize(text)).Select(m => m.Payload)];

    [Fact]
    public void Longest_phrase_wins()
    {
        Assert.Equal(["chest pain"], Payloads("crushing chest pain"));
    }

    [Fact]
    public void Matching_is_on_whole_tokens_not_substrings()
    {
        Assert.Empty(Payloads("heartburn and pepper spray, a chestnut"));
    }

    [Theory]
    [InlineData("the seizure of assets case", "(figurative)")]
    [InlineData("the heart of the problem is money", "(figurative)")]
    public void Sense_phrases_in_the_vocabulary_block_the_shorter_clinical_word(string text, string expected)
    {
        Assert.Equal([expected], Payloads(text));
    }

    [Theory]
    [InlineData("cheast pain", "chest pain")]
    [InlineData("anaphalaxis", "anaphylaxis")]
    [InlineData("siezure", "seizure")]
    [InlineData("anafylaxis", "anaphylaxis")]
    public void Common_misspellings_of_long_words_match(string text, string expected)
    {
        var match = Assert.Single(Matcher.Match(Tokenizer.Tokenize(text)));
        Assert.Equal(expected, match.Payload);
        Assert.True(match.Edits > 0);
    }

    [Theory]
    [InlineData("I was cooking dinner")]
    [InlineData("pa")]
    [InlineData("p e")]
    [InlineData("explosive")]
    public void Real_words_short_words_and_distant_spellings_are_not_corrected(string text)
    {
        Assert.Empty(Payloads(text));
    }

    [Fact]
    public void Case_hyphens_and_inflections_are_tolerated()
    {
        Assert.Equal(["vt"], Payloads("Wide-Complex Tachycardia"));
        Assert.Equal(["seizure"], Payloads("two seizures"));
        Assert.Equal(["choking"], Payloads("CHOKING"));
    }

    [Fact]
    public void Words_typed_without_their_apostrophe_still_match()
    {
        PhraseMatcher<string> lay = new([("can't breathe", "dyspnea")]);

        Assert.Equal("dyspnea", Assert.Single(lay.Match(Tokenizer.Tokenize("i cant breathe"))).Payload);
    }

    [Fact]
    public void Matches_report_character_offsets()
    {
        const string text = "Sudden SOB, shortness of breath at rest";
        var match = Assert.Single(Matcher.Match(Tokenizer.Tokenize(text)));

        Assert.Equal("shortness of breath", text[match.Start..match.End]);
        Assert.Equal(3, match.TokenCount);
    }

    [Fact]
    public void Payload_type_is_the_callers_choice()
    {
        PhraseMatcher<int> codes = new([("hypertension", 38341003), ("htn", 38341003)], PhraseMatcherOptions.NoFuzzy);

        Assert.Equal(38341003, Assert.Single(codes.Match(Tokenizer.Tokenize("known HTN"))).Payload);
        Assert.Empty(codes.Match(Tokenizer.Tokenize("hypertensoin")));
    }
}
