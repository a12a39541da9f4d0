namespace Orleans.Clinical.Analysis.Evidence.Tests;

public sealed class GuidelineCorpusTests
{
    private static readonly IReadOnlyList<GuidelineStatement> Statements = GuidelineCorpus.Default.Statements;

    [Fact]
    public void Corpus_has_at_least_300_statements_and_no_rejected_entries()
    {
        Assert.Empty(GuidelineCorpus.Default.Problems);
        Assert.True(Statements.Count >= 300, $"only {Statements.Count} statements");
    }

    [Fact]
    public void Every_statement_has_the_required_fields()
    {
        Assert.All(Statements, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Id));
            Assert.False(string.IsNullOrWhiteSpace(s.Organisation));
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            Assert.True(s.Recommendation.Length >= 30, s.Id);
            Assert.NotEmpty(s.Concepts);
            Assert.All(s.Concepts, c => Assert.Equal(c.Trim().ToLowerInvariant(), c));
        });
    }

    [Fact]
    public void Years_are_plausible_publication_years()
    {
        Assert.All(Statements, s => Assert.InRange(s.Year, 2000, DateTime.UtcNow.Year));
    }

    [Fact]
    public void Levels_are_valid_on_their_scale_and_quality_follows_the_mapping()
    {
        Assert.All(Statements, s =>
        {
            Assert.Contains(s.Scale, EvidenceScales.Known);
            Assert.Equal(EvidenceScales.Quality(s.Scale, s.Level), s.Quality);
        });
    }

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = Statements.GroupBy(s => s.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Urls_are_https_or_absent()
    {
        Assert.All(Statements.Where(s => s.Url is not null), s =>
            Assert.StartsWith("https://", s.Url, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("acute coronary syndrome")]
    [InlineData("heart failure")]
    [InlineData("atrial fibrillation")]
    [InlineData("hypertension")]
    [InlineData("stroke")]
    [InlineData("pulmonary embolism")]
    [InlineData("sepsis")]
    [InlineData("pneumonia")]
    [InlineData("asthma")]
    [InlineData("chronic obstructive pulmonary disease")]
    [InlineData("diabetic ketoacidosis")]
    [InlineData("hypoglycemia")]
    [InlineData("anaphylaxis")]
    [InlineData("urinary tract infection")]
    [InlineData("appendicitis")]
    [InlineData("pancreatitis")]
    [InlineData("gastrointestinal bleeding")]
    [InlineData("meningitis")]
    [InlineData("syncope")]
    [InlineData("seizure")]
    [InlineData("back pain")]
    [InlineData("depression")]
    [InlineData("overdose")]
    [InlineData("ectopic pregnancy")]
    [InlineData("pre-eclampsia")]
    [InlineData("bronchiolitis")]
    [InlineData("cellulitis")]
    [InlineData("influenza")]
    [InlineData("covid-19")]
    [InlineData("chronic kidney disease")]
    [InlineData("hyperkalemia")]
    [InlineData("hypothyroidism")]
    [InlineData("hyperlipidemia")]
    public void Every_required_topic_has_statements(string topic)
    {
        Assert.Contains(Statements, s => s.Concepts.Contains(topic));
    }

    [Fact]
    public void A_statement_with_an_invalid_level_is_rejected_and_reported()
    {
        const string json = """
            {"guidelines": [{"key": "g", "organisation": "ESC", "title": "T", "year": 2020, "scale": "esc", "url": null}],
             "statements": [{"id": "bad", "guideline": "g", "level": "Class I, Level Z", "concepts": ["x"],
                             "recommendation": "A recommendation long enough to pass the length check."}]}
            """;

        var corpus = GuidelineCorpus.Parse([("test.json", json)]);

        Assert.Empty(corpus.Statements);
        Assert.Single(corpus.Problems);
    }
}
