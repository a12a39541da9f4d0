using static Orleans.Clinical.Analysis.Entities.Tests.ExtractorAssertions;

namespace Orleans.Clinical.Analysis.Entities.Tests;

public sealed class MedicationAttributeTests
{
    [Theory]
    [InlineData("metoprolol 25 mg PO BID", "25 mg", "PO", "BID")]
    [InlineData("albuterol 2 puffs inhaled q4h PRN", "2 puffs", "inhaled", "q4h PRN")]
    [InlineData("DuoNeb 3 mL nebulized q20min x3", "3 mL", "nebulized", "q20min x3")]
    [InlineData("insulin 0.1 units/kg/hr IV", "0.1 units/kg/hr", "IV", null)]
    [InlineData("Advair 250/50 mcg inhaled BID", "250/50 mcg", "inhaled", "BID")]
    [InlineData("Humalog sliding scale SC with meals", "sliding scale", "SC", "with meals")]
    [InlineData("Tylenol 650 mg PO q6h PRN", "650 mg", "PO", "q6h PRN")]
    [InlineData("acetaminophen 1000 mg by mouth.", "1000 mg", "by mouth", null)]
    [InlineData("nitroglycerin 0.4 mg SL x3", "0.4 mg", "SL", "x3")]
    [InlineData("vancomycin 1.5 g IV q12h", "1.5 g", "IV", "q12h")]
    public void Dose_route_and_frequency_are_copied_verbatim(string text, string dose, string route, string? frequency)
    {
        var (d, r, f) = MedicationAttributes.Read(text, text.IndexOf(' '));
        Assert.Equal(dose, d);
        Assert.Equal(route, r);
        Assert.Equal(frequency, f);
    }

    [Fact]
    public void Attributes_are_attached_to_the_medication_entity()
    {
        var entity = Single("Home meds: Lasix 40 mg PO daily; omeprazole", "Lasix");
        Assert.Equal(("40 mg", "PO", "daily"), (entity.Dose, entity.Route, entity.Frequency));
        var bare = Single("Home meds: Lasix 40 mg PO daily; omeprazole", "omeprazole");
        Assert.Null(bare.Dose);
        Assert.Null(bare.Route);
        Assert.Null(bare.Frequency);
    }

    [Fact]
    public void Unstated_attributes_stay_null_and_the_next_drug_is_not_read_as_one()
    {
        var (dose, route, frequency) = MedicationAttributes.Read("aspirin, clopidogrel 75 mg", "aspirin".Length);
        Assert.Null(dose);
        Assert.Null(route);
        Assert.Null(frequency);
    }

    [Fact]
    public void A_number_without_a_unit_is_not_a_dose()
    {
        var (dose, _, _) = MedicationAttributes.Read("metformin 2 years ago", "metformin".Length);
        Assert.Null(dose);
    }
}
