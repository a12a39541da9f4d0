namespace Orleans.Clinical.Analysis.Evidence.Tests;

public sealed class EvidenceScalesTests
{
    [Theory]
    [InlineData("acc-aha", "COR 1, LOE A", "high")]
    [InlineData("acc-aha", "COR I, LOE B", "moderate")]
    [InlineData("acc-aha", "COR 2a, LOE B-NR", "low")]
    [InlineData("acc-aha", "COR 3: Harm, LOE C-EO", "very_low")]
    [InlineData("esc", "Class III, Level C", "low")]
    [InlineData("grade", "Strong, very low certainty", "very_low")]
    [InlineData("grade", "Conditional, moderate certainty", "moderate")]
    [InlineData("grade-1a2d", "2C", "low")]
    [InlineData("grade-1a2d", "Not graded", "very_low")]
    [InlineData("uspstf", "Grade A", "high")]
    [InlineData("uspstf", "Grade D", "moderate")]
    [InlineData("uspstf", "Grade I", "very_low")]
    [InlineData("nice", "Strong (offer)", "moderate")]
    [InlineData("nice", "Conditional (consider)", "low")]
    [InlineData("evidence-ad", "Evidence D", "very_low")]
    [InlineData("ada", "Grade E", "very_low")]
    [InlineData("oxford-cebm", "Level 1a", "high")]
    [InlineData("oxford-cebm", "Level 4", "very_low")]
    [InlineData("acep", "Level B", "moderate")]
    [InlineData("aan", "Level U", "very_low")]
    [InlineData("aap", "Grade B, strong recommendation", "moderate")]
    [InlineData("idsa-legacy", "A-III", "very_low")]
    [InlineData("cdc-2022", "Category A, evidence type 1", "high")]
    [InlineData("acog", "Level C", "very_low")]
    [InlineData("ungraded", "Ungraded", "very_low")]
    public void Levels_map_to_the_stated_quality(string scale, string level, string quality)
    {
        Assert.Equal(quality, EvidenceScales.Quality(scale, level));
    }

    [Theory]
    [InlineData("acc-aha", "COR 4, LOE A")]
    [InlineData("esc", "Class I, Level D")]
    [InlineData("grade", "Strong, excellent certainty")]
    [InlineData("uspstf", "Grade E")]
    [InlineData("nice", "Offer")]
    [InlineData("unknown-scale", "Level A")]
    [InlineData("ada", "")]
    public void Invalid_levels_have_no_quality(string scale, string level)
    {
        Assert.Null(EvidenceScales.Quality(scale, level));
    }

    [Fact]
    public void Quality_ranks_best_first()
    {
        Assert.True(EvidenceQualities.Rank("high") > EvidenceQualities.Rank("moderate"));
        Assert.True(EvidenceQualities.Rank("low") > EvidenceQualities.Rank("very_low"));
        Assert.Equal(0, EvidenceQualities.Rank("none"));
    }
}
