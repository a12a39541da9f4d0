using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Orleans.Clinical.Grains.Interfaces;

/// <summary>
/// The tamper-evident audit trail: each record's hash covers the previous record's hash and its own
/// fields, so changing or removing any record breaks every hash after it. Details never hold PHI.
/// </summary>
public static class AuditTrail
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static AuditRecord Append(List<AuditRecord> trail, DateTimeOffset at, string actor, string action, string detail)
    {
        var prev = trail.Count == 0 ? Genesis : trail[^1].Hash;
        var index = trail.Count == 0 ? 1 : trail[^1].Index + 1;
        var record = new AuditRecord(index, at, actor, action, detail, prev, Hash(index, at, actor, action, detail, prev));
        trail.Add(record);
        return record;
    }

    /// <summary>True when every record's hash matches its content and links to the one before it.</summary>
    public static bool Verify(IReadOnlyList<AuditRecord> trail)
    {
        var prev = Genesis;
        foreach (var r in trail)
        {
            if (r.PrevHash != prev || r.Hash != Hash(r.Index, r.At, r.Actor, r.Action, r.Detail, r.PrevHash))
            {
                return false;
            }

            prev = r.Hash;
        }

        return true;
    }

    public static string Hash(long index, DateTimeOffset at, string actor, string action, string detail, string prev)
    {
        var canonical = string.Join('\n', prev, index.ToString(CultureInfo.InvariantCulture),
            at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), actor, action, detail);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>A digest of redacted text, so the trail proves what was analysed without holding it.</summary>
    public static string Digest(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
