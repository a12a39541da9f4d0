namespace Orleans.Clinical.Analysis.Deidentification.Tests;

public class KeepTests
{
    [Theory]
    [InlineData("VS: T 37.3 C HR 113 BP 98/57 RR 20 SpO2 99% on RA Pain 4/10")]
    [InlineData("metoprolol 25 mg PO BID; furosemide 40 mg IV; insulin glargine 18 units qHS")]
    [InlineData("troponin 0.04, K 3.1, Cr 1.1, LDL 162, INR 2.4, Hgb 9.4, WBC 12.1")]
    [InlineData("Dx: I50.23, E10.10, J44.1, N39.0")]
    [InlineData("Rm 4B, room 612, bed 7, in 22b, Room 5W-18")]
    [InlineData("for 3 days, 2 weeks, 10-14 days, 4 hours")]
    [InlineData("CABG in 2016, diagnosed in 1994")]
    [InlineData("at 0630, 14:35, 10:40 AM")]
    [InlineData("a 67-year-old man, Age: 72, 88 y/o")]
    [InlineData("hydrocodone-acetaminophen 5/325 mg #10; sinemet 25/100; abg 7.31/58")]
    [InlineData("ESI 2, NIHSS 7, GCS 15, EF 25%, FEV1 38%, 45 pack-year")]
    public void Clinical_text_is_left_unchanged(string text)
    {
        var result = Redact.Run(text);
        Assert.Empty(result.Redactions);
        Assert.Equal(text, result.RedactedText);
    }
}
