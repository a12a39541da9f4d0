using Orleans.Clinical.Analysis;

namespace Orleans.Clinical.Analysis.Evidence.Tests;

public sealed class EvidenceSearchTests
{
    private readonly EvidenceSearch search = new();

    [Fact]
    public void Heart_attack_finds_myocardial_infarction_statements()
    {
        var ranked = search.Rank(new EvidenceQuery(["heart attack"]));

        Assert.NotEmpty(ranked);
        Assert.All(ranked.Take(3), r => Assert.Contains("myocardial infarction", r.Statement.Concepts));
    }

    [Theory]
    [InlineData("sob", "dyspnea")]
    [InlineData("afib", "atrial fibrillation")]
    [InlineData("cva", "stroke")]
    [InlineData("uti", "urinary tract infection")]
    [InlineData("dvt", "deep vein thrombosis")]
    public void Abbreviations_find_their_topic(string abbreviation, string topic)
    {
        var ranked = search.Rank(new EvidenceQuery([abbreviation]));

        Assert.Contains(topic, ranked[0].Statement.Concepts);
    }

    [Fact]
    public void British_spelling_in_text_matches_american_statements()
    {
        var ranked = search.Rank(new EvidenceQuery([], "upper gastrointestinal haemorrhage with haematemesis"));

        Assert.NotEmpty(ranked);
        Assert.Contains("gastrointestinal bleeding", ranked[0].Statement.Concepts);
    }

    [Fact]
    public void Result_maps_to_the_literature_search_frame()
    {
        var result = search.Search(new EvidenceQuery(["sepsis"], MaxResults: 3));

        Assert.Equal(3, result.TopFindings.Count);
        Assert.True(result.FindingsCount >= 3);
        Assert.NotEqual("none", result.EvidenceQuality);
        Assert.All(result.TopFindings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Title));
            Assert.False(string.IsNullOrWhiteSpace(f.Source));
            Assert.Contains(": ", f.EvidenceLevel, StringComparison.Ordinal);
            Assert.True(f.Score >= EvidenceSearch.RelevanceFloor);
        });
    }

    [Fact]
    public void Evidence_quality_is_the_best_of_the_first_three_findings()
    {
        var ranked = search.Rank(new EvidenceQuery(["pulmonary embolism"]));
        var result = search.Search(new EvidenceQuery(["pulmonary embolism"]));

        var best = ranked.Take(3).Max(r => EvidenceQualities.Rank(r.Statement.Quality));
        Assert.Equal(best, EvidenceQualities.Rank(result.EvidenceQuality));
    }

    [Fact]
    public void No_more_than_two_leading_findings_come_from_one_guideline()
    {
        var result = search.Rank(new EvidenceQuery(["acute coronary syndrome"])).Take(5);

        Assert.All(result.GroupBy(r => r.Statement.GuidelineKey), g => Assert.True(g.Count() <= 2));
    }

    [Fact]
    public void Negated_phrases_in_text_do_not_become_concepts()
    {
        Assert.Empty(ClinicalSynonyms.Default.FindConcepts("denies chest pain"));
        Assert.Equal(["chest pain"], ClinicalSynonyms.Default.FindConcepts("crushing chest pain"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\0\u0001\u0002\uFFFD")]
    [InlineData("qwzxv plorft")]
    [InlineData("\"AND OR NOT (([[{{*?~^:\\")]
    [InlineData("🫀🫁💊")]
    public void Empty_or_odd_queries_return_empty_results(string input)
    {
        var result = search.Search(new EvidenceQuery([input], input));

        Assert.Empty(result.TopFindings);
        Assert.Equal(0, result.FindingsCount);
        Assert.Equal("none", result.EvidenceQuality);
    }

    [Fact]
    public void Null_parts_of_a_query_do_not_throw()
    {
        var result = search.Search(new EvidenceQuery(null!, null, -3));

        Assert.Same(EvidenceResult.Empty, result);
    }

    [Fact]
    public void A_one_megabyte_single_line_is_handled()
    {
        var huge = new string('x', 1 << 20) + " chest pain";
        var binary = new string(Enumerable.Range(0, 70000).Select(i => (char)(i % 0xD7FF)).ToArray());

        var a = search.Search(new EvidenceQuery([huge], huge));
        var b = search.Search(new EvidenceQuery(["sepsis", binary], binary));

        Assert.Empty(a.TopFindings);
        Assert.NotEmpty(b.TopFindings);
    }

    [Fact]
    public void Concurrent_searches_agree()
    {
        var expected = search.Search(new EvidenceQuery(["asthma", "wheezing"])).TopFindings.Select(f => f.Summary).ToArray();

        var results = Enumerable.Range(0, 32).AsParallel()
            .Select(_ => new EvidenceSearch().Search(new EvidenceQuery(["asthma", "wheezing"])).TopFindings.Select(f => f.Summary).ToArray())
            .ToArray();

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
