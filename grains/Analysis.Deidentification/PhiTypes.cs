namespace Orleans.Clinical.Analysis.Deidentification;

/// <summary>The HIPAA Safe Harbor identifier types of the wire protocol.</summary>
public static class PhiTypes
{
    public const string Name = "NAME";
    public const string Address = "ADDRESS";
    public const string Date = "DATE";
    public const string AgeOver89 = "AGE_OVER_89";
    public const string Phone = "PHONE";
    public const string Fax = "FAX";
    public const string Email = "EMAIL";
    public const string Ssn = "SSN";
    public const string Mrn = "MRN";
    public const string HealthPlan = "HEALTH_PLAN";
    public const string Account = "ACCOUNT";
    public const string License = "LICENSE";
    public const string Vehicle = "VEHICLE";
    public const string Device = "DEVICE";
    public const string Url = "URL";
    public const string Ip = "IP";
    public const string Biometric = "BIOMETRIC";
    public const string OtherId = "OTHER_ID";

    public static IReadOnlyList<string> All { get; } =
    [
        Name, Address, Date, AgeOver89, Phone, Fax, Email, Ssn, Mrn, HealthPlan, Account, License, Vehicle, Device, Url, Ip,
        Biometric, OtherId,
    ];
}
