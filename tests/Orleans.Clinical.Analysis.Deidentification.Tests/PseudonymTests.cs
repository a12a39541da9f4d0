using System.Text.Json;
using Orleans.Clinical.Analysis.Deidentification.Pseudonyms;

namespace Orleans.Clinical.Analysis.Deidentification.Tests;

public class PseudonymTests
{
    private static readonly PhiRedactor Redactor = new();

    [Fact]
    public void Replacements_are_typed_and_numbered_per_type()
    {
        var result = Redactor.Redact("Dr. Ostrowski called 614-555-0182 on 03/14/2025.", Source(new PseudonymTable()));
        Assert.Equal("Dr. [NAME-1] called [PHONE-1] on [DATE-1].", result.RedactedText);
    }

    [Fact]
    public void The_same_person_keeps_the_same_number_after_the_table_is_persisted_and_restored()
    {
        var table = new PseudonymTable();
        var first = Redactor.Redact("Patient: Ingrid Halvorsen, phone 614-555-0182. Daughter Mette Halvorsen aware.", Source(table));

        var restored = JsonSerializer.Deserialize<PseudonymTable>(JsonSerializer.Serialize(table))!;
        var second = Redactor.Redact("Mrs. HALVORSEN called back from 614.555.0182; Mette Halvorsen too.", Source(restored));

        Assert.Equal("Patient: [NAME-1], phone [PHONE-1]. Daughter [NAME-2] aware.", first.RedactedText);
        Assert.Equal("Mrs. [NAME-1] called back from [PHONE-1]; [NAME-2] too.", second.RedactedText);
    }

    [Fact]
    public void Another_session_or_key_does_not_share_the_mapping()
    {
        var table = new PseudonymTable();
        var source = Source(table);
        source.ReplacementFor("NAME", "Ingrid Halvorsen");
        var keys = table.Numbers.Keys.ToHashSet();

        var other = new PseudonymTable();
        new HmacPseudonymSource(Redact.Key, "another-session", other).ReplacementFor("NAME", "Ingrid Halvorsen");
        Assert.Empty(other.Numbers.Keys.Intersect(keys));
    }

    [Fact]
    public void The_persisted_table_holds_no_raw_value()
    {
        var table = new PseudonymTable();
        Redactor.Redact("Patient: Ingrid Halvorsen, SSN 123-45-6789, jane.doe77@example.org, MRN 00482913, 1420 W Maple Grove Rd.", Source(table));
        var json = JsonSerializer.Serialize(table);

        foreach (var raw in new[] { "Ingrid", "Halvorsen", "halvorsen", "123-45-6789", "123456789", "jane", "example", "00482913", "Maple" })
        {
            Assert.DoesNotContain(raw, json, StringComparison.OrdinalIgnoreCase);
        }

        Assert.True(table.Numbers.Count >= 5);
    }

    [Fact]
    public void Spellings_of_one_phone_number_share_a_pseudonym()
    {
        var source = Source(new PseudonymTable());
        Assert.Equal(source.ReplacementFor("PHONE", "(614) 555-0182"), source.ReplacementFor("PHONE", "+1 614.555.0182"));
    }

    private static HmacPseudonymSource Source(PseudonymTable table) => new(Redact.Key, "session-1", table);
}
