using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Orleans.Clinical.Gateway.Auth;

/// <summary>Issues signed development tokens (HS256) with the subject and roles asked for.</summary>
public sealed class TokenIssuer(AuthOptions options, SymmetricSecurityKey key)
{
    private readonly JsonWebTokenHandler _handler = new();

    public TokenResponse Issue(string user, IReadOnlyList<string> roles)
    {
        var lifetime = TimeSpan.FromMinutes(options.TokenLifetimeMinutes);
        var claims = new List<Claim> { new(JwtRegisteredClaimNames.Sub, user) };
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.Add(lifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds);
    }
}
