namespace Orleans.Clinical.Analysis.Deidentification.Tests;

/// <summary>Dictation, voicemail and chat: lower case, spoken numbers, self-introductions.</summary>
public class DictationAndChatTests
{
    private const string Voicemail =
        "hi it's maureen callahan calling for my father eamon callahan date of birth the fourth of july nineteen thirty one " +
        "he is ninety two and his number is six oh two five five five zero one four four thanks";

    [Fact]
    public void A_voicemail_loses_its_names_spoken_date_age_and_number()
    {
        Assert.Equal(
            "hi it's [NAME-1] calling for my father [NAME-2] date of birth [DATE-1] he is [AGE_OVER_89-1] and his number is [PHONE-1] thanks",
            Redact.Run(Voicemail).RedactedText);
    }

    [Fact]
    public void A_dictated_address_and_lower_case_names_are_found()
    {
        var found = Redact.Found("this is dr. sanjay raghunathan seeing mrs. theodora papadakis. she lives at 88 juniper lane in prescott.");
        Assert.Contains(("NAME", "sanjay raghunathan"), found);
        Assert.Contains(("NAME", "theodora papadakis"), found);
        Assert.Contains(("ADDRESS", "88 juniper lane"), found);
        Assert.Contains(("ADDRESS", "prescott"), found);
    }

    [Fact]
    public void A_chat_name_found_once_is_found_again_with_a_possessive()
    {
        var found = Redact.Found("[14:02] rn: family (son roberto) at bedside\n[14:07] beatriz: fyi roberto's cell is 602 555 0199");
        Assert.Equal(2, found.Count(f => f == ("NAME", "roberto")));
        Assert.Contains(("NAME", "beatriz"), found);
        Assert.DoesNotContain(found, f => f.Value == "rn");
    }

    [Fact]
    public void A_city_after_a_hospital_name_is_found()
    {
        Assert.Contains(("ADDRESS", "Mesa"), Redact.Found("He was seen at Banner Desert Medical Center in Mesa on 10/28/2025."));
    }
}
