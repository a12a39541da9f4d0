using System.Text;
using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Language.Tests;

public sealed class EmergencyDetectorTests
{
    private static EmergencyAssessment Detect(string text) => EmergencyDetector.Default.Detect(text);

    [Theory]
    [InlineData("62 yo woman with squeezing chest pressure for an hour, short of breath and nauseous.", "cardiac")]
    [InlineData("It feels like an elephant on my chest and I'm drenched in sweat.", "cardiac")]
    [InlineData("BP 70/40, HR 130, skin mottled.", "cardiac")]
    [InlineData("Vomiting bright red blood, BP 86/50, HR 118.", "cardiac")]
    [InlineData("O2 sat 85% on room air, RR 36.", "respiratory")]
    [InlineData("My daughter swallowed a coin and now she's gagging and can't talk.", "respiratory")]
    [InlineData("Sudden SOB since the long flight, left calf swollen, it hurts to breathe in.", "respiratory")]
    [InlineData("Right arm went weak and his speech is garbled since 10 minutes ago.", "neurological")]
    [InlineData("She's been seizing for over 5 minutes and isn't waking up.", "neurological")]
    [InlineData("GCS 6, no trauma, pupils unequal.", "neurological")]
    [InlineData("Pedestrian hit by a car, complaining of hip pain.", "trauma")]
    [InlineData("On warfarin and banged my head on the car door, now a bad headache.", "trauma")]
    [InlineData("Teen with sudden severe scrotal pain and vomiting.", "trauma")]
    [InlineData("After the contrast injection she broke out in hives and her throat is closing.", "allergic")]
    [InlineData("My face and tongue swelled up on ramipril and my voice sounds hoarse.", "allergic")]
    [InlineData("He drank antifreeze an hour ago and is now vomiting.", "toxicological")]
    [InlineData("Took 40 paracetamol tablets last night on purpose, feels okay.", "toxicological")]
    [InlineData("Fever 39.5, BP 84/46, HR 122, pneumonia on x-ray.", "sepsis")]
    [InlineData("Baby is 2 weeks old with a temp of 38.3.", "sepsis")]
    [InlineData("On chemo for breast cancer, temperature 38.5 today.", "sepsis")]
    [InlineData("28 weeks pregnant, severe headache, BP 168/112.", "obstetric")]
    [InlineData("Gave birth 3 days ago, heavy bleeding with clots, dizzy.", "obstetric")]
    [InlineData("Says he has a gun at home and plans to kill himself tonight.", "psychiatric")]
    [InlineData("Plans to overdose on her insulin tonight, has it at home.", "psychiatric")]
    [InlineData("Blood sugar 35, sweating and slurring words.", "metabolic")]
    [InlineData("Potassium 7.8 on repeat labs.", "metabolic")]
    [InlineData("he is unresponsive and we cant wake him", "neurological")]
    [InlineData("fell from the roof, complains of back pain", "trauma")]
    [InlineData("i got stung and now my throat feels like its closing", "allergic")]
    [InlineData("Sodium 112, confused and had a seizure.", "metabolic")]
    public void Emergencies_are_flagged_with_their_category(string text, string category)
    {
        var result = Detect(text);

        Assert.True(result.IsEmergency, text);
        Assert.Equal(category, result.Category);
        Assert.NotEmpty(result.Findings);
    }

    [Fact]
    public void Findings_point_at_the_evidence_with_offsets()
    {
        const string text = "Crushing chest pain, diaphoretic. BP 84/50, HR 128.";
        var result = Detect(text);

        Assert.True(result.IsEmergency);
        Assert.All(result.Findings, f => Assert.Equal(f.Text, text[f.Start..f.End]));
        Assert.Contains(result.Findings, f => f.Kind == EmergencyFinding.Phrase && f.Text.Contains("chest", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.Findings, f => f.Kind == EmergencyFinding.Phrase && f.Text == "diaphoretic");
    }

    [Fact]
    public void Vital_sign_findings_are_marked_as_vitals()
    {
        var result = Detect("SpO2 79% on RA, RR 38.");

        Assert.Equal("respiratory", result.Category);
        Assert.Contains(result.Findings, f => f.Kind == EmergencyFinding.Vital && f.Text.StartsWith("SpO2", StringComparison.Ordinal));
    }

    [Fact]
    public void Negated_chest_pain_is_not_an_emergency()
    {
        Assert.False(Detect("Denies chest pain, shortness of breath or palpitations. Refill of lisinopril.").IsEmergency);
    }

    [Fact]
    public void A_second_red_flag_after_but_still_alerts()
    {
        var result = Detect("Denies chest pain but passed out this morning.");

        Assert.True(result.IsEmergency);
        Assert.Contains(result.Findings, f => f.Text == "passed out");
    }

    [Theory]
    [InlineData("I had a heart attack in 2015 and I'm here for my annual check.")]
    [InlineData("History of seizures, last one 3 years ago, needs a refill.")]
    [InlineData("Gunshot wound to the leg in 2008, now chronic knee pain.")]
    public void Historical_red_flags_are_not_emergencies(string text)
    {
        Assert.False(Detect(text).IsEmergency);
    }

    [Theory]
    [InlineData("My father had a stroke at 70; what can I do to prevent one?")]
    [InlineData("Father had an aortic dissection at 60, should I get screened?")]
    public void Family_history_is_not_an_emergency(string text)
    {
        Assert.False(Detect(text).IsEmergency);
    }

    [Theory]
    [InlineData("Return to the ER if you develop fever, stiff neck or a rash.")]
    [InlineData("If you have chest pain, call 911.")]
    [InlineData("Naloxone prescribed in case of an accidental overdose.")]
    public void Hypothetical_and_return_precautions_are_not_emergencies(string text)
    {
        Assert.False(Detect(text).IsEmergency);
    }

    [Theory]
    [InlineData("What are the symptoms of a heart attack in women?")]
    [InlineData("I'm a nurse; how do you recognise anaphylaxis quickly?")]
    [InlineData("Can a panic attack feel like a heart attack?")]
    public void Education_questions_are_not_emergencies(string text)
    {
        Assert.False(Detect(text).IsEmergency);
    }

    [Theory]
    [InlineData("He had a seizure of his assets by the bank.")]
    [InlineData("The heart of the problem is my copay.")]
    [InlineData("My boss gives me a headache.")]
    [InlineData("Stroke of luck, I found my inhaler.")]
    [InlineData("I overdosed on Netflix this weekend.")]
    [InlineData("The views were breathtaking.")]
    [InlineData("Work has me feeling like I'm drowning.")]
    [InlineData("I'm dying to know my cholesterol results.")]
    public void Figurative_use_is_not_an_emergency(string text)
    {
        Assert.False(Detect(text).IsEmergency);
    }

    [Theory]
    [InlineData("Asymptomatic, BP 170/100 at the pharmacy, no headache or chest pain.")]
    [InlineData("SpO2 93% on room air, known COPD, baseline 92-94%, comfortable.")]
    [InlineData("Sugar 58 this morning, ate a granola bar and now 110, feeling fine.")]
    [InlineData("Toddler with fever 38.5 and ear tugging, playing normally.")]
    [InlineData("Plan: recheck potassium in 1 week, K 5.4 today.")]
    [InlineData("The stroke clinic appointment is next week.")]
    [InlineData("Sore throat and swollen glands, no trouble swallowing.")]
    public void Near_misses_are_not_emergencies(string text)
    {
        Assert.False(Detect(text).IsEmergency);
    }

    [Fact]
    public void Improving_anaphylaxis_after_adrenaline_is_still_an_emergency()
    {
        Assert.Equal("allergic", Detect("Throat got tight after walnuts; used my EpiPen and feel better now.").Category);
    }

    [Fact]
    public void Misspelled_red_flags_are_still_found()
    {
        Assert.Equal("allergic", Detect("pretty sure its anaphalaxis, hives and cant breathe").Category);
    }

    [Fact]
    public void Summary_is_short_and_does_not_repeat_the_input()
    {
        const string text = "Crushing chest pain in Mr [NAME-1], diaphoretic.";
        var result = Detect(text);

        Assert.True(result.IsEmergency);
        Assert.DoesNotContain("[NAME-1]", result.Summary, StringComparison.Ordinal);
        Assert.True(result.Summary.Length < 200);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\uFFFF\uD800")]
    public void Empty_or_binary_looking_input_is_not_an_emergency(string text)
    {
        Assert.Same(EmergencyAssessment.None, Detect(text));
    }

    [Fact]
    public void A_one_megabyte_single_line_input_completes_with_a_result()
    {
        StringBuilder sb = new(1 << 20);
        var pieces = new[] { "chest", "pain", "no", "denies", "BP", "68/", "HR", "1", "?", "-", "cheast", "siezure", "aaaaaaaaaaaa", ",", "%" };
        var i = 0;
        while (sb.Length < 1 << 20)
        {
            sb.Append(pieces[i++ % pieces.Length]).Append(i % 7 == 0 ? "" : " ");
        }

        var result = Detect(sb.ToString());

        Assert.NotNull(result);
        Assert.NotNull(result.Summary);
    }

    [Fact]
    public void A_one_megabyte_run_of_one_character_completes()
    {
        var result = Detect(new string('a', 1 << 20));

        Assert.False(result.IsEmergency);
    }

    [Fact]
    public void Detection_is_safe_from_many_threads()
    {
        const string text = "Crushing chest pain, diaphoretic, BP 84/50.";
        var results = new EmergencyAssessment[64];

        Parallel.For(0, results.Length, i => results[i] = Detect(text));

        Assert.All(results, r => Assert.Equal("cardiac", r.Category));
    }
}
