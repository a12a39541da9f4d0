using Orleans.Clinical.Analysis.Entities;

namespace Orleans.Clinical.Analysis.Entities.Tests;

/// <summary>Helpers: extract once and find the entity written as a given text.</summary>
internal static class ExtractorAssertions
{
    public static IReadOnlyList<ClinicalEntity> Extract(string text) => EntityExtractor.Default.Extract(text).Entities;

    public static ClinicalEntity Single(string text, string surface)
    {
        var matches = Extract(text).Where(e => e.Text == surface).ToList();
        Assert.True(matches.Count == 1, $"Expected one entity '{surface}' in \"{text}\", found {matches.Count}: "
            + string.Join(", ", Extract(text).Select(e => $"{e.Category}:{e.Text}->{e.Concept}")));
        return matches[0];
    }
}
