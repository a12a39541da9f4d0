using System.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Tests;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\0\0\0\u0001\u0002")]
    [InlineData("\uD800 lone surrogate \uDC00 and emoji 😀 Dr. 😀")]
    [InlineData("Dr.")]
    [InlineData("MRN:")]
    [InlineData("1-")]
    [InlineData("@@@@ .. // :: ## --")]
    [InlineData("Ｄｒ． Ｓｍｉｔｈ ０３／１４／２０２５")]
    public void Odd_input_never_throws_and_offsets_stay_in_range(string text)
    {
        var result = Redact.Run(text);
        Assert.All(result.Redactions, r => Assert.InRange(r.End, r.Start + 1, text.Length));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_and_the_redacted_text_replaces_them()
    {
        const string text = "😀 Dr. Ostrowski, SSN 123-45-6789.";
        var result = Redact.Run(text);
        Assert.Equal(["Ostrowski", "123-45-6789"], result.Redactions.Select(r => text[r.Start..r.End]));
        Assert.Equal("😀 Dr. [NAME-1], SSN [SSN-1].", result.RedactedText);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("1")]
    [InlineData("Dr. ")]
    [InlineData("614-555-0182 ")]
    [InlineData("@a.b")]
    [InlineData("K-")]
    [InlineData("12/12/")]
    public void A_one_megabyte_single_line_finishes(string unit)
    {
        var builder = new StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(unit);
        }

        var text = builder.ToString();
        var result = Redact.Run(text);
        Assert.True(result.RedactedText.Length > 0);
    }

    [Fact]
    public void Binary_looking_input_finishes()
    {
        var random = new Random(7);
        var chars = new char[200_000];
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)random.Next(0, 0xFFFF);
        }

        var result = Redact.Run(new string(chars));
        Assert.NotNull(result.RedactedText);
    }
}
