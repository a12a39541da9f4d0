using System.Security.Cryptography;
using System.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Pseudonyms;

/// <summary>
/// Numbers PHI values per session with HMAC-SHA256(key, scope|type|normalised value), so the same value
/// gets the same <c>[TYPE-N]</c> in every message and after the session is reactivated (the table is
/// persisted), while neither the table nor this object ever holds a raw value.
/// </summary>
/// <remarks>
/// Names: a full name ("Hunter O'Neill") is keyed by "first last"; its surname and its given name are also
/// registered as aliases the first time they are seen, so "Mr. O'Neill", "O'NEILL", "o'neill" and "Hunter"
/// later get the same number as the first full name with that surname (or given name). A second person with the same surname ("Priya O'Neill") gets a
/// number of their own; a bare surname refers to the first one. "O'NEILL, HUNTER" is read as "hunter o'neill".
/// </remarks>
public sealed class HmacPseudonymSource : IPseudonymSource
{
    private readonly string _scope;
    private readonly PseudonymTable _table;
    private readonly Lock _gate = new();
    private readonly IncrementalHash _hmac;

    public HmacPseudonymSource(byte[] key, string scope, PseudonymTable table)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(table);
        if (key.Length < 16)
        {
            throw new ArgumentException("The pseudonym key must be at least 16 bytes.", nameof(key));
        }

        _scope = scope ?? "";
        _table = table;
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    }

    public string ReplacementFor(string phiType, string value)
    {
        var type = string.IsNullOrEmpty(phiType) ? PhiTypes.OtherId : phiType;
        int number;
        lock (_gate)
        {
            number = type == PhiTypes.Name ? NameNumber(value ?? "") : Number(type, Normalizer.Normalize(type, value ?? ""));
        }

        return $"[{type}-{number}]";
    }

    private int NameNumber(string value)
    {
        var (full, surname) = Normalizer.Name(value);
        if (full is null)
        {
            var surnameKey = Digest(PhiTypes.Name, "surname|" + surname);
            return _table.Numbers.TryGetValue(surnameKey, out var known) ? known : Assign(PhiTypes.Name, surnameKey);
        }

        var fullKey = Digest(PhiTypes.Name, "full|" + full);
        if (_table.Numbers.TryGetValue(fullKey, out var number))
        {
            return number; // its aliases were registered when it was first seen
        }

        number = Next(PhiTypes.Name);
        _table.Numbers[fullKey] = number;
        _table.Numbers.TryAdd(Digest(PhiTypes.Name, "surname|" + surname), number);
        _table.Numbers.TryAdd(Digest(PhiTypes.Name, "surname|" + full[..full.IndexOf(' ')]), number);
        return number;
    }

    private int Number(string type, string normalised)
    {
        var key = Digest(type, normalised);
        return _table.Numbers.TryGetValue(key, out var number) ? number : Assign(type, key);
    }

    private int Assign(string type, string key)
    {
        var number = Next(type);
        _table.Numbers[key] = number;
        return number;
    }

    private int Next(string type)
    {
        _table.Counters.TryGetValue(type, out var last);
        _table.Counters[type] = last + 1;
        return last + 1;
    }

    /// <summary>Base64 of HMAC-SHA256(key, scope|type|normalised). Called under the lock (the HMAC object is reused).</summary>
    private string Digest(string type, string normalised)
    {
        var length = _scope.Length + type.Length + normalised.Length + 2;
        var max = Encoding.UTF8.GetMaxByteCount(length);
        var rented = max > 512 ? new byte[max] : null;
        Span<byte> buffer = rented ?? stackalloc byte[512];
        var n = Encoding.UTF8.GetBytes(_scope, buffer);
        buffer[n++] = (byte)'|';
        n += Encoding.UTF8.GetBytes(type, buffer[n..]);
        buffer[n++] = (byte)'|';
        n += Encoding.UTF8.GetBytes(normalised, buffer[n..]);
        _hmac.AppendData(buffer[..n]);
        Span<byte> hash = stackalloc byte[32];
        _hmac.GetHashAndReset(hash);
        return Convert.ToBase64String(hash);
    }
}
