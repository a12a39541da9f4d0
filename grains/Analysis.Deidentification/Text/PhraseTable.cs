using System.Collections.Frozen;

namespace Orleans.Clinical.Analysis.Deidentification.Text;

/// <summary>
/// Multi-word cue phrases ("med rec #", "call taken by") matched token by token, longest first.
/// Phrases are tokenised with the same <see cref="Tokenizer"/> as the input.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, (string[] Tokens, T Value)[]> _byFirst;
    private readonly FrozenDictionary<string, (string[] Tokens, T Value)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        var groups = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var tokens = Tokenizer.Split(phrase);
            if (tokens.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(tokens[0], out var list))
            {
                groups[tokens[0]] = list = [];
            }

            list.Add((tokens, value));
        }

        _byFirst = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderByDescending(p => p.Item1.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Matches a phrase that starts at token <paramref name="index"/>; returns the number of tokens.</summary>
    public int Match(TokenList tokens, int index, out T value)
    {
        value = default!;
        if (index < 0 || index >= tokens.Count || !_lookup.TryGetValue(tokens.Span(index), out var candidates))
        {
            return 0;
        }

        foreach (var (words, v) in candidates)
        {
            if (index + words.Length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Length && ok; k++)
            {
                var t = index + k;
                ok = !tokens[t].NewlineBefore && tokens.Span(t).Equals(words[k], StringComparison.OrdinalIgnoreCase);
            }

            if (ok)
            {
                value = v;
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Matches a phrase that ends at token <paramref name="lastIndex"/>; returns its first token or -1.</summary>
    public int MatchEndingAt(TokenList tokens, int lastIndex, out T value)
    {
        for (var length = 4; length >= 1; length--)
        {
            var start = lastIndex - length + 1;
            if (start >= 0 && Match(tokens, start, out value) == length)
            {
                return start;
            }
        }

        value = default!;
        return -1;
    }
}
