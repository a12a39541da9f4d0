using static Orleans.Clinical.Analysis.Entities.Tests.ExtractorAssertions;

namespace Orleans.Clinical.Analysis.Entities.Tests;

public sealed class VitalSignTests
{
    [Fact]
    public void Blood_pressure_gives_a_systolic_and_a_diastolic_entity_spanning_the_numbers()
    {
        var vitals = Extract("BP 150/90").Where(e => e.Category == EntityCategory.Vital).ToList();
        Assert.Equal(2, vitals.Count);
        Assert.Equal(("150", "systolic_bp", 150.0, "mmHg"), (vitals[0].Text, vitals[0].VitalName, vitals[0].Value!.Value, vitals[0].Unit));
        Assert.Equal(("90", "diastolic_bp", 90.0, "mmHg"), (vitals[1].Text, vitals[1].VitalName, vitals[1].Value!.Value, vitals[1].Unit));
        Assert.Equal(3, vitals[0].Start);
        Assert.Equal("systolic blood pressure", vitals[0].Concept);
    }

    [Theory]
    [InlineData("HR 112", "112", "heart_rate", "bpm", true)]
    [InlineData("RR 18", "18", "respiratory_rate", "breaths/min", false)]
    [InlineData("SpO2 88% on RA", "88", "spo2", "%", true)]
    [InlineData("T 38.9 C", "38.9", "temperature", "C", true)]
    [InlineData("T 98.2F", "98.2", "temperature", "F", false)]
    [InlineData("FSBG 486", "486", "glucose", "mg/dL", true)]
    public void Vital_signs_have_name_value_unit_and_abnormal_flag(string text, string number, string name, string unit, bool abnormal)
    {
        var entity = Single(text, number);
        Assert.Equal(EntityCategory.Vital, entity.Category);
        Assert.Equal(name, entity.VitalName);
        Assert.Equal(double.Parse(number, System.Globalization.CultureInfo.InvariantCulture), entity.Value);
        Assert.Equal(unit, entity.Unit);
        Assert.Equal(abnormal, entity.Abnormal);
    }

    [Fact]
    public void Gcs_has_no_unit()
    {
        var entity = Single("GCS 15", "15");
        Assert.Equal("gcs", entity.VitalName);
        Assert.Null(entity.Unit);
    }

    [Fact]
    public void Point_of_care_glucose_is_a_vital_not_a_lab()
    {
        var entities = Extract("glucose 42 at triage");
        Assert.Contains(entities, e => e is { Category: EntityCategory.Vital, VitalName: "glucose" });
        Assert.DoesNotContain(entities, e => e.Category == EntityCategory.Lab);
    }
}
