namespace Orleans.Clinical.Analysis.Deidentification.Tests;

public class NameTests
{
    [Theory]
    [InlineData("Seen by Dr. Oyelaran today.", "Oyelaran")]
    [InlineData("Mrs. Halvorsen reports less pain", "Halvorsen")]
    [InlineData("Consulted Dr. Will Sutherland re plan", "Will Sutherland")]
    [InlineData("Note signed by Marguerite Ostrowski, MD on", "Marguerite Ostrowski")]
    [InlineData("Attending: Dr. Benedikt Varga", "Benedikt Varga")]
    [InlineData("Patient: ZIMMERMAN, HAROLD J    MRN 5512", "ZIMMERMAN, HAROLD J")]
    [InlineData("Patient name: Halvorsen, Ingrid", "Halvorsen, Ingrid")]
    [InlineData("Contact: Pablo Quintero (son), cell", "Pablo Quintero")]
    [InlineData("daughter Svetlana Morozova will visit", "Svetlana Morozova")]
    [InlineData("fyi her husband rashid wants a call back", "rashid")]
    [InlineData("dr ostrowski, pt quintero in bed 4: bp ok", "quintero")]
    [InlineData("[09:12] marguerite: dr ostrowski, pt ok?", "marguerite")]
    [InlineData("this is doctor benedikt varga dictating", "benedikt varga")]
    [InlineData("last name spelled Q-U-I-N-T-E-R-O date", "Q-U-I-N-T-E-R-O")]
    [InlineData("cc: Ingrid Halvorsen", "Ingrid Halvorsen")]
    [InlineData("Dr. Halvorsen's clinic called", "Halvorsen")]
    public void Names_are_found_from_titles_credentials_labels_and_relatives(string text, string value) =>
        Assert.Contains(("NAME", value), Redact.Found(text));

    [Fact]
    public void A_name_found_once_is_found_again_in_the_same_text()
    {
        var found = Redact.Found("Dr. Ostrowski saw the patient.\nPlan per Ostrowski: admit.");
        Assert.Equal(2, found.Count(f => f == ("NAME", "Ostrowski")));
    }

    [Fact]
    public void A_possessive_s_stays_outside_the_name()
    {
        var text = "Per Dr. Varga's note";
        var r = Redact.Run(text);
        Assert.Equal("Per Dr. [NAME-1]'s note", r.RedactedText);
    }

    [Theory]
    [InlineData("bell palsy on the left, forehead involved")]
    [InlineData("Parkinson disease, on Sinemet")]
    [InlineData("Glasgow Coma Scale 14 on arrival")]
    [InlineData("Foley catheter placed; Babinski sign present")]
    [InlineData("Wells score 6, Apgar 8/9")]
    [InlineData("Graves disease and Hodgkin lymphoma in remission")]
    [InlineData("Crohn disease flare; Cushing syndrome ruled out")]
    [InlineData("Will follow up. Hope this helps. Mark the site.")]
    public void Eponyms_and_words_that_are_also_names_are_kept(string text) =>
        Assert.DoesNotContain(Redact.Found(text), f => f.Type == "NAME");
}
