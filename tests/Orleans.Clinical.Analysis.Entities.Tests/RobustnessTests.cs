using static Orleans.Clinical.Analysis.Entities.Tests.ExtractorAssertions;

namespace Orleans.Clinical.Analysis.Entities.Tests;

public sealed class RobustnessTests
{
    public static TheoryData<string> BadInputs => new()
    {
        "",
        "   \n\t  ",
        "\0\u0001\u0002\uFFFD\uFFFE binary \u0007",
        "\uD83D",
        "💊💊 chest pain 💊 \u200B\u200Dsob",
        new string('x', 200_000),
        string.Concat(Enumerable.Repeat("no chest pain, ", 70_000)),
        string.Concat(Enumerable.Repeat("metoprolol 25 mg ", 40_000)),
        "BP 999999999999999999999/0 HR -5 T 1e308",
        "K K K K K: : : Na Na Na Cr. / / / q q q x x",
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_never_throws_and_offsets_stay_inside_the_text(string text)
    {
        var entities = Extract(text);
        Assert.All(entities, e =>
        {
            Assert.InRange(e.Start, 0, text.Length);
            Assert.InRange(e.End, e.Start, text.Length);
            Assert.Equal(text[e.Start..e.End], e.Text);
            Assert.InRange(e.Confidence, 0.0, 1.0);
        });
    }

    [Fact]
    public void Null_input_gives_no_entities() => Assert.Empty(EntityExtractor.Default.Extract(null!).Entities);

    [Fact]
    public void Long_input_is_analysed_across_its_pieces_with_original_offsets()
    {
        var text = new string('.', 20_000) + " Denies chest pain." + new string(' ', 20_000) + "Presents with cough.";
        var entities = Extract(text);
        var chestPain = entities.Single(e => e.Concept == "chest pain");
        var cough = entities.Single(e => e.Concept == "cough");
        Assert.Equal("chest pain", text[chestPain.Start..chestPain.End]);
        Assert.Equal(Assertion.Negated, chestPain.Assertion);
        Assert.Equal("cough", text[cough.Start..cough.End]);
    }

    [Fact]
    public void Concurrent_extraction_gives_the_same_answer()
    {
        const string text = "Denies CP. HTN on lisinopril 10 mg PO daily. BP 150/90. Allergies: PCN";
        var expected = Extract(text);
        var results = new IReadOnlyList<ClinicalEntity>[32];
        Parallel.For(0, results.Length, i => results[i] = EntityExtractor.Default.Extract(text).Entities);
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
