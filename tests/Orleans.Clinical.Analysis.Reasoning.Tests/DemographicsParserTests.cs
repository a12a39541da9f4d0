using Orleans.Clinical.Analysis.Reasoning;

namespace Orleans.Clinical.Analysis.Reasoning.Tests;

public sealed class DemographicsParserTests
{
    [Theory]
    [InlineData("58M crushing chest pain 30 min, diaphoretic", 58, 'M')]
    [InlineData("58 F with cough", 58, 'F')]
    [InlineData("A 34-year-old woman presents with headache", 34, 'F')]
    [InlineData("a 7 yo boy with a rash", 7, 'M')]
    [InlineData("72 year old man, fell at home", 72, 'M')]
    [InlineData("Patient aged 45. She reports dysuria.", 45, 'F')]
    [InlineData("45yof with back pain", 45, 'F')]
    [InlineData("A two-year-old girl with fever", 2, 'F')]
    [InlineData("67 y/o male with dyspnea", 67, 'M')]
    public void Age_and_sex_are_read_from_common_forms(string text, double age, char sex)
    {
        var d = DemographicsParser.Parse(text);
        Assert.Equal(age, d.AgeYears!.Value, 3);
        Assert.Equal(sex, d.Sex);
    }

    [Theory]
    [InlineData("A 3-week-old baby with fever", 3 * 7 / 365.25)]
    [InlineData("An 18-month-old with a barking cough", 1.5)]
    [InlineData("A 10 day old infant who is feeding poorly", 10 / 365.25)]
    public void Infant_ages_are_fractions_of_a_year(string text, double years)
    {
        Assert.Equal(years, DemographicsParser.Parse(text).AgeYears!.Value, 3);
    }

    [Theory]
    [InlineData("Fever for 3 days and a cough")]
    [InlineData("Had a colonoscopy 2 years ago")]
    [InlineData("BP 120/80, HR 72")]
    public void Durations_and_values_are_not_ages(string text)
    {
        Assert.Null(DemographicsParser.Parse(text).AgeYears);
    }

    [Fact]
    public void Sex_falls_back_to_the_majority_of_pronouns()
    {
        Assert.Equal('F', DemographicsParser.Parse("She has had a cough; her chest hurts and she is tired.").Sex);
        Assert.Null(DemographicsParser.Parse("Cough and fever.").Sex);
    }
}
