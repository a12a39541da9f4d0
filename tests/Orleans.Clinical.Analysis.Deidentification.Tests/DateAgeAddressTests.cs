namespace Orleans.Clinical.Analysis.Deidentification.Tests;

public class DateAgeAddressTests
{
    [Theory]
    [InlineData("DOB 03/14/1957.", "03/14/1957")]
    [InlineData("seen 3/14/25 in clinic", "3/14/25")]
    [InlineData("Admitted 2025-03-14 via ED", "2025-03-14")]
    [InlineData("Arrival 14-Mar-2025 0815", "14-Mar-2025")]
    [InlineData("born March 14, 1957 in", "March 14, 1957")]
    [InlineData("follow up on Sept. 9 with", "Sept. 9")]
    [InlineData("appointment November 3rd at 10", "November 3rd")]
    [InlineData("symptoms since March 2019 worse", "March 2019")]
    [InlineData("discharged on 6/2 if stable", "6/2")]
    [InlineData("can go home on the 21st, her son", "21st")]
    [InlineData("date of birth july ninth nineteen forty-two", "july ninth nineteen forty-two")]
    [InlineData("Surgery 12 April 2023 uneventful", "12 April 2023")]
    public void Dates_finer_than_a_year_are_found(string text, string value) =>
        Assert.Contains(("DATE", value), Redact.Found(text));

    [Theory]
    [InlineData("CABG in 2016, stable since")]
    [InlineData("cough for 3 days and fever 2 weeks ago")]
    [InlineData("last dose at 14:35, next 0630")]
    [InlineData("POD 2, hospital day 3, seen Monday")]
    [InlineData("Pain 7/10, Apgar 8/9, BiPAP 12/5, sinemet 25/100")]
    public void Years_durations_times_and_scores_are_not_dates(string text) =>
        Assert.DoesNotContain(Redact.Found(text), f => f.Type == "DATE");

    [Theory]
    [InlineData("a 93-year-old man with", "93")]
    [InlineData("97 y/o F presents", "97")]
    [InlineData("Age: 91 Sex: M", "91")]
    [InlineData("she is a ninety-four-year-old woman", "ninety-four")]
    [InlineData("aged 102, lives alone", "102")]
    public void Ages_over_89_are_found_as_the_number_only(string text, string value) =>
        Assert.Contains(("AGE_OVER_89", value), Redact.Found(text));

    [Theory]
    [InlineData("a 67-year-old man")]
    [InlineData("88 y/o female")]
    [InlineData("an eighty-eight-year-old woman")]
    [InlineData("HR 92, glucose 96, 90 mg")]
    public void Ages_of_89_or_less_and_other_numbers_are_kept(string text) =>
        Assert.DoesNotContain(Redact.Found(text), f => f.Type == "AGE_OVER_89");

    [Fact]
    public void A_street_line_city_and_zip_are_separate_spans_and_the_state_stays()
    {
        var found = Redact.Found("Lives at 1420 W Maple Grove Rd, Apt 3B, Youngstown, OH 44502-1234 with wife.");
        Assert.Contains(("ADDRESS", "1420 W Maple Grove Rd, Apt 3B"), found);
        Assert.Contains(("ADDRESS", "Youngstown"), found);
        Assert.Contains(("ADDRESS", "44502-1234"), found);
        Assert.DoesNotContain(found, f => f.Value.Contains("OH", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("She lives in Steubenville with her sister.", "Steubenville")]
    [InlineData("Resident of Montgomery County since", "Montgomery County")]
    [InlineData("Transferred from Marietta Memorial Hospital ICU", "Marietta")]
    public void Cities_and_counties_are_found_from_context(string text, string value) =>
        Assert.Contains(("ADDRESS", value), Redact.Found(text));

    [Fact]
    public void A_state_alone_is_not_an_address()
    {
        Assert.Empty(Redact.Found("Moved here from Ohio last year; Texas before that."));
    }
}
