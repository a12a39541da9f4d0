using System.Security.Cryptography;
using System.Text;
using Orleans.Clinical.Analysis;

namespace Orleans.Clinical.Grains.Session;

/// <summary>
/// Numbers PHI values per session and type: the same normalised value always gets the same
/// <c>[TYPE-N]</c>. Values are looked up by HMAC-SHA256(deployment key, session | type | value), so
/// the persisted table holds no raw PHI and cannot be reversed without the key.
/// </summary>
public sealed class HmacPseudonyms(byte[] key, string sessionId, PseudonymState state) : IPseudonymSource
{
    public string ReplacementFor(string phiType, string value)
    {
        var digest = Digest(phiType, Normalise(value));
        if (!state.Numbers.TryGetValue(digest, out var number))
        {
            state.Counters.TryGetValue(phiType, out var last);
            number = last + 1;
            state.Counters[phiType] = number;
            state.Numbers[digest] = number;
        }

        return $"[{phiType}-{number}]";
    }

    private string Digest(string phiType, string normalised)
    {
        var bytes = Encoding.UTF8.GetBytes($"{sessionId}\u001f{phiType}\u001f{normalised}");
        return Convert.ToBase64String(HMACSHA256.HashData(key, bytes));
    }

    private static string Normalise(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
