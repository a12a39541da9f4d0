namespace Orleans.Clinical.Gateway.Auth;

/// <summary>Token settings, bound from the "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "orleans-clinical";

    public string Audience { get; set; } = "orleans-clinical";

    /// <summary>Base64 HMAC-SHA256 signing key (at least 32 bytes). A secret: configuration or environment only.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>Enables POST /auth/token. Local profile only; off everywhere else.</summary>
    public bool DevTokens { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;
}

public static class ClinicalRoles
{
    public const string Clinician = "clinician";
    public const string Auditor = "auditor";
    public const string Dashboard = "dashboard";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Clinician, Auditor, Dashboard], StringComparer.Ordinal);
}
