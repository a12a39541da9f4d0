using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Language.Tests;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokens_keep_utf16_offsets_and_lower_case_form()
    {
        const string text = "Pt c/o CHEST pain, SpO2 82%.";
        var t = Tokenizer.Tokenize(text);

        var norms = Enumerable.Range(0, t.Count).Select(t.NormString).ToArray();
        Assert.Equal(["pt", "c", "/", "o", "chest", "pain", ",", "spo2", "82", "%", "."], norms);
        for (var i = 0; i < t.Count; i++)
        {
            Assert.Equal(text.Substring(t[i].Start, t[i].Length).ToLowerInvariant(), t.NormString(i));
        }
    }

    [Fact]
    public void Numbers_words_and_punctuation_get_their_kinds()
    {
        var t = Tokenizer.Tokenize("T 39.8 C, 4L");

        Assert.Equal(TokenKind.Word, t[0].Kind);
        Assert.Equal(TokenKind.Number, t[1].Kind);
        Assert.True(t.TryNumber(1, out var value));
        Assert.Equal(39.8, value);
        Assert.Equal(TokenKind.Punctuation, t[3].Kind);
        Assert.Equal("4", t.NormString(4));
        Assert.Equal("l", t.NormString(5));
    }

    [Fact]
    public void Apostrophes_stay_inside_words_and_curly_quotes_are_folded()
    {
        var t = Tokenizer.Tokenize("I can\u2019t breathe, she OD'd");

        Assert.Equal("can't", t.NormString(1));
        Assert.Equal("od'd", t.NormString(5));
    }

    [Fact]
    public void Sentences_end_at_full_stops_question_marks_and_line_breaks_but_not_after_abbreviations()
    {
        const string text = "Seen by Dr. Okafor today. Any fever? No\nchest pain";
        var t = Tokenizer.Tokenize(text);

        Assert.Equal(0, t[t.TokenAtOrAfter(text.IndexOf("Okafor", StringComparison.Ordinal))].Sentence);
        Assert.Equal(4, t.SentenceCount);
    }

    [Fact]
    public void Semicolons_end_a_clause_but_not_the_sentence()
    {
        var t = Tokenizer.Tokenize("no fever; cough");

        Assert.Equal(t[0].Sentence, t[3].Sentence);
        Assert.NotEqual(t[0].Clause, t[3].Clause);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData(null)]
    public void Empty_input_gives_no_tokens(string? text)
    {
        Assert.Equal(0, Tokenizer.Tokenize(text).Count);
    }

    [Fact]
    public void Odd_unicode_and_control_characters_do_not_throw()
    {
        var t = Tokenizer.Tokenize("\uD83D\uDE00 caf\u00E9 \u0000\uFFFD 10\u00B0C \uD800");

        Assert.True(t.Count > 0);
        Assert.All(t.Tokens.ToArray(), tok => Assert.True(tok.End > tok.Start));
    }
}
