using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Language.Tests;

public sealed class ContextEngineTests
{
    private static Assertion AssertionOf(string text, string mention, bool? chronic = null)
    {
        var start = text.IndexOf(mention, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{mention}' not in text");
        return ContextEngine.Default.AssertionOf(Tokenizer.Tokenize(text), start, start + mention.Length, chronic);
    }

    [Theory]
    [InlineData("Denies chest pain.", "chest pain")]
    [InlineData("No fever, no drooling.", "drooling")]
    [InlineData("Negative for facial droop, arm drift or speech change.", "speech change")]
    [InlineData("PE was ruled out.", "PE")]
    [InlineData("He is free of seizures.", "seizures")]
    [InlineData("Without shortness of breath.", "shortness of breath")]
    [InlineData("NKDA", "NKDA")]
    public void Negation_cues_negate(string text, string mention)
    {
        Assert.Equal(Assertion.Negated, AssertionOf(text, mention));
    }

    [Fact]
    public void Negation_scope_ends_at_but()
    {
        const string text = "Denies chest pain but syncope this morning.";

        Assert.Equal(Assertion.Negated, AssertionOf(text, "chest pain"));
        Assert.Equal(Assertion.Present, AssertionOf(text, "syncope"));
    }

    [Fact]
    public void Negation_scope_ends_at_the_sentence()
    {
        Assert.Equal(Assertion.Present, AssertionOf("No headache. Sudden weakness of the left arm.", "weakness"));
    }

    [Theory]
    [InlineData("No increase in pain.", "pain")]
    [InlineData("Gram negative rods in blood culture.", "rods")]
    public void Pseudo_triggers_do_not_negate(string text, string mention)
    {
        Assert.Equal(Assertion.Present, AssertionOf(text, mention));
    }

    [Theory]
    [InlineData("History of stroke in 2019.", "stroke")]
    [InlineData("s/p appendectomy.", "appendectomy")]
    [InlineData("Stroke in 2019 with no residual deficit.", "Stroke")]
    [InlineData("Overdosed on pills 10 years ago.", "Overdosed")]
    [InlineData("Had anaphylaxis as a kid.", "anaphylaxis")]
    [InlineData("Prior MI.", "MI")]
    public void Historical_cues_make_mentions_historical(string text, string mention)
    {
        Assert.Equal(Assertion.Historical, AssertionOf(text, mention));
    }

    [Fact]
    public void A_chronic_condition_after_history_of_stays_present()
    {
        Assert.Equal(Assertion.Present, AssertionOf("History of hypertension on lisinopril.", "hypertension"));
        Assert.Equal(Assertion.Present, AssertionOf("History of gout.", "gout", chronic: true));
        Assert.Equal(Assertion.Historical, AssertionOf("History of gout.", "gout", chronic: false));
    }

    [Theory]
    [InlineData("Mother had a stroke at 60.", "stroke")]
    [InlineData("Family history of colon cancer.", "colon cancer")]
    [InlineData("FHx: brother T1DM.", "T1DM")]
    [InlineData("Dad's had two DVTs.", "DVTs")]
    public void Family_cues_give_family(string text, string mention)
    {
        Assert.Equal(Assertion.Family, AssertionOf(text, mention));
    }

    [Fact]
    public void A_relative_with_a_current_event_is_the_patient()
    {
        Assert.Equal(Assertion.Present, AssertionOf("My mom had a fall this morning and is confused.", "fall"));
    }

    [Theory]
    [InlineData("Return if chest pain develops.", "chest pain")]
    [InlineData("Call if symptoms of infection.", "infection")]
    [InlineData("Should she develop a fever, call us.", "fever")]
    [InlineData("Will obtain CT head.", "CT head")]
    [InlineData("Plan for colonoscopy.", "colonoscopy")]
    [InlineData("What are the signs of a stroke?", "stroke")]
    [InlineData("I'm a nurse; how do you recognise anaphylaxis?", "anaphylaxis")]
    public void Hypothetical_cues_and_questions_give_hypothetical(string text, string mention)
    {
        Assert.Equal(Assertion.Hypothetical, AssertionOf(text, mention));
    }

    [Fact]
    public void A_question_about_ones_own_symptom_keeps_the_symptom_present()
    {
        const string text = "I have chest pain and sweating, is this a heart attack?";

        Assert.Equal(Assertion.Present, AssertionOf(text, "chest pain"));
        Assert.Equal(Assertion.Hypothetical, AssertionOf(text, "heart attack"));
    }

    [Theory]
    [InlineData("Possible pneumonia.", "pneumonia")]
    [InlineData("Concern for sepsis.", "sepsis")]
    [InlineData("Cannot rule out PE.", "PE")]
    [InlineData("CXR r/o pneumonia.", "pneumonia")]
    [InlineData("?PE", "PE")]
    public void Uncertainty_cues_give_possible(string text, string mention)
    {
        Assert.Equal(Assertion.Possible, AssertionOf(text, mention));
    }

    [Fact]
    public void Flags_report_every_modifier()
    {
        const string text = "No family history of stroke.";
        var t = Tokenizer.Tokenize(text);
        var (first, end) = t.TokenRange(text.IndexOf("stroke", StringComparison.Ordinal), text.Length - 1);
        var flags = ContextEngine.Default.Analyze(t).FlagsForTokens(first, end);

        Assert.True(flags.HasFlag(ContextFlags.Negated));
        Assert.True(flags.HasFlag(ContextFlags.Family));
    }
}
