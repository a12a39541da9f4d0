using System.Collections.Frozen;

namespace Orleans.Clinical.Analysis.Deidentification.Text;

/// <summary>An immutable, case-insensitive word set that answers for spans without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.Where(w => w.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => word.Length > 0 && _lookup.Contains(word);

    /// <summary>Looks the word up with apostrophes, hyphens and periods removed ("O'Neill" as "oneill").</summary>
    public bool ContainsLettersOnly(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny('\'', '\u2019', '-') < 0)
        {
            return Contains(word);
        }

        if (word.Length > 64)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c is not ('\'' or '\u2019' or '-'))
            {
                buffer[n++] = c;
            }
        }

        return Contains(buffer[..n]);
    }
}
