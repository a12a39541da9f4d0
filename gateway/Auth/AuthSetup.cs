using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Orleans.Clinical.Gateway.Auth;

public static partial class AuthSetup
{
    public const string ClinicianPolicy = "clinician";
    public const string AuditPolicy = "audit";

    /// <summary>JWT bearer authentication: from the Authorization header, or for browsers the access_token query parameter.</summary>
    public static WebApplicationBuilder AddClinicalAuth(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var key = SigningKey(auth);
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton(new TokenIssuer(auth, key));
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer,
                    ValidAudience = auth.Audience,
                    IssuerSigningKey = key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = JwtRegisteredClaimNames.Sub,
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        if (string.IsNullOrEmpty(context.Token)
                            && context.Request.Query.TryGetValue("access_token", out var token)
                            && !string.IsNullOrEmpty(token))
                        {
                            context.Token = token;
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ClinicianPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(ClinicalRoles.Clinician))
            .AddPolicy(AuditPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(ClinicalRoles.Clinician, ClinicalRoles.Auditor));
        return builder;
    }

    /// <summary>POST /auth/token: development tokens, only when Auth:DevTokens is true (the local profile).</summary>
    public static WebApplication MapDevTokens(this WebApplication app)
    {
        var auth = app.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (!auth.DevTokens)
        {
            return app;
        }

        app.MapPost("/auth/token", (DevTokenRequest request, TokenIssuer issuer) =>
        {
            if (string.IsNullOrWhiteSpace(request.User) || !UserName().IsMatch(request.User))
            {
                return Results.Problem("user must be 1-64 characters of letters, digits, '.', '_', '-' or '@'.", statusCode: 400, title: "Invalid user");
            }

            var roles = request.Roles is { Length: > 0 } ? request.Roles : [ClinicalRoles.Clinician];
            if (roles.Any(r => !ClinicalRoles.All.Contains(r)))
            {
                return Results.Problem("roles must be among clinician, auditor, dashboard.", statusCode: 400, title: "Invalid roles");
            }

            return Results.Ok(issuer.Issue(request.User, roles));
        }).AllowAnonymous();
        return app;
    }

    public static string UserOf(ClaimsPrincipal principal) =>
        principal.FindFirstValue(JwtRegisteredClaimNames.Sub)
        ?? throw new InvalidOperationException("Authenticated principal has no subject.");

    private static SymmetricSecurityKey SigningKey(AuthOptions auth)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(auth.SigningKey);
        }
        catch (FormatException)
        {
            bytes = [];
        }

        return bytes.Length >= 32
            ? new SymmetricSecurityKey(bytes)
            : throw new InvalidOperationException("Auth:SigningKey must be a base64 secret of at least 32 bytes.");
    }

    [GeneratedRegex(@"^[A-Za-z0-9._@-]{1,64}$", RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex UserName();
}

public sealed record DevTokenRequest(string? User, string[]? Roles);

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
