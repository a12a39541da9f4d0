namespace Orleans.Clinical.Analysis.Deidentification.Tests;

public class IdentifierTests
{
    [Theory]
    [InlineData("Call her at 614-555-0182 tomorrow.", "PHONE", "614-555-0182")]
    [InlineData("cell (937) 422-1187 ext. 42 after 5", "PHONE", "(937) 422-1187 ext. 42")]
    [InlineData("Reached on +1 330 555 2231 yesterday", "PHONE", "+1 330 555 2231")]
    [InlineData("UK mobile +44 20 7946 0958 per son", "PHONE", "+44 20 7946 0958")]
    [InlineData("pager 1-800-555-0199 x301", "PHONE", "1-800-555-0199 x301")]
    [InlineData("home phone 4405550123.", "PHONE", "4405550123")]
    [InlineData("Fax: 216.555.0147", "FAX", "216.555.0147")]
    [InlineData("records faxed to (513) 555-0110 today", "FAX", "(513) 555-0110")]
    [InlineData("call me back at six one four five five five zero one nine two thanks", "PHONE", "six one four five five five zero one nine two")]
    public void Phone_and_fax_numbers_are_found_with_their_type(string text, string type, string value) =>
        Assert.Contains((type, value), Redact.Found(text));

    [Theory]
    [InlineData("SSN 123-45-6789 on file", "123-45-6789")]
    [InlineData("social security number 234 56 7890.", "234 56 7890")]
    [InlineData("SSN: 345678901", "345678901")]
    public void Social_security_numbers_are_found(string text, string value) =>
        Assert.Contains(("SSN", value), Redact.Found(text));

    [Fact]
    public void An_invalid_ssn_area_is_not_taken_as_an_ssn()
    {
        Assert.DoesNotContain(Redact.Found("ref 666-12-3456 lot"), f => f.Type == "SSN");
    }

    [Theory]
    [InlineData("MRN: 00482913", "MRN", "00482913")]
    [InlineData("med rec # 5521907", "MRN", "5521907")]
    [InlineData("MR# 7731904 Room 4B", "MRN", "7731904")]
    [InlineData("medical record number 44120977", "MRN", "44120977")]
    [InlineData("Acct #: 8812234501", "ACCOUNT", "8812234501")]
    [InlineData("FIN 24-551234 for billing", "ACCOUNT", "24-551234")]
    [InlineData("Aetna Member ID W123456789", "HEALTH_PLAN", "W123456789")]
    [InlineData("Medicare MBI 1EG4-TE5-MK73", "HEALTH_PLAN", "1EG4-TE5-MK73")]
    [InlineData("DEA AB1234563 on the script", "LICENSE", "AB1234563")]
    [InlineData("Ohio driver's license RT448812", "LICENSE", "RT448812")]
    [InlineData("plate KJD 4471 in lot B", "VEHICLE", "KJD 4471")]
    [InlineData("VIN 1HGCM82633A004352 recorded", "VEHICLE", "1HGCM82633A004352")]
    [InlineData("pacemaker serial PJN882211R checked", "DEVICE", "PJN882211R")]
    [InlineData("fingerprint ID FP-1182-0042 matched", "BIOMETRIC", "FP-1182-0042")]
    [InlineData("NPI 1234567893 on claim", "OTHER_ID", "1234567893")]
    [InlineData("Employee ID EMP-552190 notified", "OTHER_ID", "EMP-552190")]
    public void Labelled_identifiers_are_found_without_their_label(string text, string type, string value) =>
        Assert.Contains((type, value), Redact.Found(text));

    [Fact]
    public void A_vin_is_found_by_shape_alone()
    {
        Assert.Contains(("VEHICLE", "2HGFC2F59KH512345"), Redact.Found("towed car 2HGFC2F59KH512345 from scene"));
    }

    [Theory]
    [InlineData("Send to jane.doe77@example.org please", "EMAIL", "jane.doe77@example.org")]
    [InlineData("updates at https://www.caringbridge.org/visit/janedoe2 now", "URL", "https://www.caringbridge.org/visit/janedoe2")]
    [InlineData("page www.gofundme.com/f/help-jane", "URL", "www.gofundme.com/f/help-jane")]
    [InlineData("connected from IP 73.12.190.4 today", "IP", "73.12.190.4")]
    [InlineData("device at 2001:db8:85a3::8a2e:370:7334 online", "IP", "2001:db8:85a3::8a2e:370:7334")]
    public void Email_web_and_ip_addresses_are_found(string text, string type, string value) =>
        Assert.Contains((type, value), Redact.Found(text));
}
