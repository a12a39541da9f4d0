using Orleans.Clinical.Analysis.Language;

namespace Orleans.Clinical.Analysis.Language.Tests;

public sealed class VitalSignParserTests
{
    private static VitalReading One(string text, string name) =>
        Assert.Single(VitalSignParser.Default.Parse(text), r => r.Name == name);

    [Fact]
    public void Blood_pressure_gives_systolic_and_diastolic_with_number_offsets()
    {
        const string text = "BP 68/40, cool";
        var readings = VitalSignParser.Default.Parse(text);

        var systolic = Assert.Single(readings, r => r.Name == "systolic_bp");
        var diastolic = Assert.Single(readings, r => r.Name == "diastolic_bp");
        Assert.Equal(("68", "40"), (text[systolic.Start..systolic.End], text[diastolic.Start..diastolic.End]));
        Assert.Equal("BP 68/40", text[systolic.MentionStart..systolic.MentionEnd]);
        Assert.Equal("mmHg", systolic.Unit);
        Assert.True(systolic.Abnormal && diastolic.Abnormal);
    }

    [Theory]
    [InlineData("HR 138", "heart_rate", 138, "bpm", true)]
    [InlineData("pulse 72", "heart_rate", 72, "bpm", false)]
    [InlineData("RR 34", "respiratory_rate", 34, "breaths/min", true)]
    [InlineData("GCS 7", "gcs", 7, null, true)]
    [InlineData("glucose 38 mg/dL", "glucose", 38, "mg/dL", true)]
    [InlineData("BG 2.1 mmol/L", "glucose", 2.1, "mmol/L", true)]
    [InlineData("BGL 6.1", "glucose", 6.1, "mmol/L", false)]
    [InlineData("FSBG 520", "glucose", 520, "mg/dL", true)]
    [InlineData("K 7.1", "potassium", 7.1, "mmol/L", true)]
    [InlineData("lactate 4.2", "lactate", 4.2, "mmol/L", true)]
    public void Readings_carry_name_value_unit_and_abnormal_flag(string text, string name, double value, string? unit, bool abnormal)
    {
        var r = One(text, name);

        Assert.Equal(value, r.Value);
        Assert.Equal(unit, r.Unit);
        Assert.Equal(abnormal, r.Abnormal);
    }

    [Fact]
    public void Saturation_keeps_its_oxygen_context()
    {
        Assert.Equal("room air", One("SpO2 82% on RA", "spo2").Context);
        Assert.Equal("4 L", One("sats 86% on 4 L", "spo2").Context);
    }

    [Theory]
    [InlineData("T 39.8 C", 39.8, "C", 39.8)]
    [InlineData("temp 103.6 F", 103.6, "F", 39.8)]
    [InlineData("Temp 103.6", 103.6, "F", 39.8)]
    [InlineData("temp 38.2", 38.2, "C", 38.2)]
    public void Temperature_units_are_read_or_inferred_and_converted_to_celsius(string text, double value, string unit, double celsius)
    {
        var r = One(text, "temperature");

        Assert.Equal(value, r.Value);
        Assert.Equal(unit, r.Unit);
        Assert.Equal(celsius, r.StandardValue, 1);
    }

    [Fact]
    public void A_later_value_in_the_same_mention_is_a_repeat()
    {
        var readings = VitalSignParser.Default.Parse("HR 112 after the stairs, 76 after rest.").Where(r => r.Name == "heart_rate").ToArray();

        Assert.Equal([112.0, 76.0], readings.Select(r => r.Value));
        Assert.True(readings[1].Repeat);
    }

    [Theory]
    [InlineData("recheck potassium in 1 week")]
    [InlineData("pain 7/10")]
    [InlineData("HR was fine")]
    [InlineData("P waves marching through")]
    public void Durations_scores_and_cues_without_values_are_not_readings(string text)
    {
        Assert.Empty(VitalSignParser.Default.Parse(text));
    }
}
