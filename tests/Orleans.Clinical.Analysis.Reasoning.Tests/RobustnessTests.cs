using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

public sealed class RobustnessTests
{
    private static readonly DifferentialDiagnosis Ddx = new();

    public static TheoryData<string> BadInputs() => new()
    {
        "",
        "   \n\t ",
        new string('a', 1_000_000),
        string.Concat(Enumerable.Repeat("chest pain, no fever, ", 50_000)),
        "\u0000\u0001\u0002\uFFFD\uD800 garbage \u202E reversed \u200B",
        "🤒🤕 fever 39.5 °C 😷 cough",
        "BP 0/0 HR 999 SpO2 300% temp 1000",
        string.Concat(Enumerable.Range(0, 20_000).Select(i => (char)(i % 0xD7FF + 1))),
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_never_throws_and_gives_a_valid_distribution(string text)
    {
        var result = Ddx.Rank(new ClinicalCase([text], []));
        Assert.InRange(result.Items.Sum(i => i.Probability) + result.OtherProbability, 0.0, 1.0001);
        Assert.InRange(result.UncertaintyLevel, 0, 1);
        Assert.Contains(result.Triage, new[] { Triage.Emergent, Triage.NonEmergent, Triage.SelfCare });
    }

    [Fact]
    public void An_empty_case_gives_the_empty_result()
    {
        Assert.Same(DifferentialResult.Empty, Ddx.Rank(new ClinicalCase([], [])));
    }

    [Fact]
    public void Concurrent_ranking_gives_the_same_answer_as_sequential()
    {
        const string text = "A 19-year-old student with fever, severe headache, neck stiffness and a non-blanching rash. HR 124, BP 92/60.";
        var expected = Ddx.Rank(new ClinicalCase([text], []));
        var results = new DifferentialResult[32];
        Parallel.For(0, results.Length, i => results[i] = Ddx.Rank(new ClinicalCase([text], [])));
        Assert.All(results, r =>
        {
            Assert.Equal(expected.Triage, r.Triage);
            Assert.Equal(expected.Items.Select(i => (i.Condition, i.Probability)), r.Items.Select(i => (i.Condition, i.Probability)));
        });
    }
}
