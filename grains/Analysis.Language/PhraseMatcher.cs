using System.Buffers;
using System.Collections.Concurrent;

namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// Finds vocabulary phrases in tokenized text: a token trie built once from (phrase, payload) entries. Matches
/// whole tokens (never substrings), case-insensitively, longest phrase first, ignoring hyphens ("wide-complex"
/// = "wide complex"), with simple inflections and, when enabled, misspellings of words of five letters or more
/// (first letter kept, one edit; two edits from nine letters; numbers and short words only exactly).
/// When one phrase is added twice the first payload is kept. Immutable and thread-safe after construction.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private const int NoWord = -1;
    private const int Skip = -3;

    private readonly PhraseMatcherOptions options;
    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly Dictionary<string, int> inflected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> inflectedLookup;
    private readonly Dictionary<string, int[]> deletes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> deleteLookup;
    private readonly HashSet<string>? protectedWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> protectedLookup;
    private readonly List<string> wordList = [];
    private readonly HashSet<char> firstLetters = [];

    // Corrections already worked out, shared by all callers (bounded: words past the limit are simply not cached).
    private const int CorrectionCacheLimit = 50_000;
    private readonly ConcurrentDictionary<string, (int Id, int Edits)> corrections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Id, int Edits)>.AlternateLookup<ReadOnlySpan<char>> correctionLookup;
    private readonly Dictionary<long, int> edges = [];
    private readonly List<int> terminal = [NoWord];
    private readonly List<T> payloads = [];

    public PhraseMatcher(IEnumerable<KeyValuePair<string, T>> entries, PhraseMatcherOptions? options = null)
        : this(entries.Select(e => (e.Key, e.Value)), options)
    {
    }

    public PhraseMatcher(IEnumerable<(string Phrase, T Payload)> entries, PhraseMatcherOptions? options = null)
    {
        this.options = options ?? PhraseMatcherOptions.Default;
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        inflectedLookup = inflected.GetAlternateLookup<ReadOnlySpan<char>>();
        deleteLookup = deletes.GetAlternateLookup<ReadOnlySpan<char>>();
        correctionLookup = corrections.GetAlternateLookup<ReadOnlySpan<char>>();
        if (this.options.Fuzzy)
        {
            protectedWords = new HashSet<string>(this.options.ProtectedWords ?? CommonWords.Default, StringComparer.Ordinal);
            protectedLookup = protectedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        foreach (var (phrase, payload) in entries)
        {
            Add(phrase, payload);
        }

        if (this.options.Inflections)
        {
            foreach (var (word, id) in words)
            {
                foreach (var variant in Variants(word))
                {
                    if (!words.ContainsKey(variant)) inflected.TryAdd(variant, id);
                }

                // Typed or dictated without the apostrophe: "cant", "wont", "dont", "im".
                if (word.Contains('\'') && word.Length > 2)
                {
                    var bare = word.Replace("'", "");
                    if (!words.ContainsKey(bare)) inflected.TryAdd(bare, id);
                }
            }
        }

        if (this.options.Fuzzy)
        {
            BuildDeletes();
        }
    }

    public int PhraseCount => payloads.Count;

    /// <summary>Every vocabulary word (normalised), for callers that need the lexicon.</summary>
    public IReadOnlyCollection<string> Words => words.Keys;

    public IReadOnlyList<PhraseMatch<T>> Match(TokenizedText text)
    {
        List<PhraseMatch<T>> results = [];
        Match(text, 0, text.Count, results);
        return results;
    }

    public void Match(TokenizedText text, List<PhraseMatch<T>> results) => Match(text, 0, text.Count, results);

    /// <summary>Adds to <paramref name="results"/> the longest non-overlapping matches in tokens [first, end), left to right.</summary>
    public void Match(TokenizedText text, int first, int end, List<PhraseMatch<T>> results)
    {
        end = Math.Min(end, text.Count);
        if (first >= end || payloads.Count == 0) return;

        // Per token: two candidate word ids and the edits of the first; computed lazily.
        var length = end - first;
        var resolved = ArrayPool<int>.Shared.Rent(length * 3);
        try
        {
            resolved.AsSpan(0, length * 3).Fill(int.MinValue);
            Resolver resolver = new(this, text, first, resolved);
            var i = first;
            while (i < end)
            {
                if (resolver.Id1(i) == Skip) { i++; continue; }
                Best best = new(-1, -1, int.MaxValue);
                Walk(ref resolver, 0, i, end, 0, ref best, first: true);
                if (best.End > i)
                {
                    var lastToken = best.End - 1;
                    results.Add(new PhraseMatch<T>(i, best.End, text[i].Start, text[lastToken].End, payloads[best.Payload], best.Edits));
                    i = best.End;
                }
                else
                {
                    i++;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(resolved);
        }
    }

    /// <summary>The longest match that starts exactly at token <paramref name="index"/>, if any.</summary>
    public bool TryMatchAt(TokenizedText text, int index, out PhraseMatch<T> match)
    {
        List<PhraseMatch<T>> one = new(1);
        match = default;
        if (index < 0 || index >= text.Count) return false;
        var end = Math.Min(text.Count, index + 24);
        var resolved = ArrayPool<int>.Shared.Rent((end - index) * 3);
        try
        {
            resolved.AsSpan(0, (end - index) * 3).Fill(int.MinValue);
            Resolver resolver = new(this, text, index, resolved);
            Best best = new(-1, -1, int.MaxValue);
            if (resolver.Id1(index) != Skip) Walk(ref resolver, 0, index, end, 0, ref best, first: true);
            if (best.End <= index) return false;
            match = new PhraseMatch<T>(index, best.End, text[index].Start, text[best.End - 1].End, payloads[best.Payload], best.Edits);
            return true;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(resolved);
        }
    }

    private record struct Best(int End, int Payload, int Edits);

    private void Walk(ref Resolver resolver, int node, int j, int end, int edits, ref Best best, bool first)
    {
        while (j < end && !first && resolver.Id1(j) == Skip)
        {
            j++;
        }

        if (j >= end) return;
        var id1 = resolver.Id1(j);
        if (id1 < 0) return;
        var e1 = edits + resolver.Edits(j);
        if (e1 <= options.MaxEditsPerPhrase) Step(ref resolver, node, id1, j, end, e1, ref best);
        var id2 = resolver.Id2(j);
        if (id2 >= 0 && id2 != id1) Step(ref resolver, node, id2, j, end, edits, ref best);
    }

    private void Step(ref Resolver resolver, int node, int id, int j, int end, int edits, ref Best best)
    {
        if (!edges.TryGetValue(((long)node << 32) | (uint)id, out var child)) return;
        var payload = terminal[child];
        if (payload >= 0 && (j + 1 > best.End || (j + 1 == best.End && edits < best.Edits)))
        {
            best = new Best(j + 1, payload, edits);
        }

        Walk(ref resolver, child, j + 1, end, edits, ref best, first: false);
    }

    private void Add(string phrase, T payload)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var node = 0;
        var any = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsHyphen(tokens, i)) continue;
            var word = tokens.NormString(i);
            if (!words.TryGetValue(word, out var id))
            {
                id = wordList.Count;
                words.Add(word, id);
                wordList.Add(word);
            }

            var key = ((long)node << 32) | (uint)id;
            if (!edges.TryGetValue(key, out var child))
            {
                child = terminal.Count;
                terminal.Add(NoWord);
                edges.Add(key, child);
            }

            node = child;
            any = true;
        }

        if (!any || terminal[node] >= 0) return;
        terminal[node] = payloads.Count;
        payloads.Add(payload);
    }

    private static bool IsHyphen(TokenizedText text, int i) => text[i].Kind == TokenKind.Punctuation && text.Lower[text[i].Start] == '-';

    private static IEnumerable<string> Variants(string w)
    {
        if (w.Length < 3 || !w.All(char.IsLetter)) yield break;
        yield return w + "s";
        yield return w + "es";
        yield return w + "'s";
        yield return w + "ed";
        yield return w + "ing";
        var last = w[^1];
        if (last == 'e')
        {
            yield return w + "d";
            yield return w[..^1] + "ing";
        }

        if (last == 'y' && !IsVowel(w[^2]))
        {
            yield return w[..^1] + "ies";
            yield return w[..^1] + "ied";
        }

        if (w.Length <= 6 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(w[^2]) && !IsVowel(w[^3]))
        {
            yield return w + last + "ed";
            yield return w + last + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private void BuildDeletes()
    {
        Dictionary<string, List<int>> building = new(StringComparer.Ordinal);
        for (var id = 0; id < wordList.Count; id++)
        {
            var w = wordList[id];
            if (w.Length < options.OneEditMinLength || !char.IsLetter(w[0])) continue;
            firstLetters.Add(w[0]);
            for (var p = 1; p < w.Length; p++)
            {
                var d1 = w.Remove(p, 1);
                AddDelete(building, d1, id);
                if (w.Length >= options.TwoEditMinLength)
                {
                    for (var q = p; q < d1.Length; q++)
                    {
                        AddDelete(building, d1.Remove(q, 1), id);
                    }
                }
            }
        }

        foreach (var (key, ids) in building)
        {
            deletes[key] = [.. ids.Distinct()];
        }
    }

    private static void AddDelete(Dictionary<string, List<int>> building, string key, int id)
    {
        if (!building.TryGetValue(key, out var list)) building[key] = list = [];
        list.Add(id);
    }

    private (int Id, int Edits) Correct(ReadOnlySpan<char> q)
    {
        if (q.Length < options.OneEditMinLength || q.Length > 24 || !char.IsLetter(q[0]) || !firstLetters.Contains(q[0])) return (NoWord, 0);
        if (protectedWords is not null && protectedLookup.Contains(q)) return (NoWord, 0);
        if (correctionLookup.TryGetValue(q, out var known)) return known;
        var result = Search(q);
        if (corrections.Count < CorrectionCacheLimit) correctionLookup.TryAdd(q, result);
        return result;
    }

    private (int Id, int Edits) Search(ReadOnlySpan<char> q)
    {
        var maxEdits = q.Length >= options.TwoEditMinLength ? 2 : 1;
        var best = (Id: NoWord, Edits: int.MaxValue);
        Span<char> buffer = stackalloc char[q.Length];
        Span<char> buffer2 = stackalloc char[q.Length];
        Consider(q, q, maxEdits, ref best);
        for (var p = 1; p < q.Length; p++)
        {
            q[..p].CopyTo(buffer);
            q[(p + 1)..].CopyTo(buffer[p..]);
            var d1 = buffer[..(q.Length - 1)];
            Consider(q, d1, maxEdits, ref best);
            if (maxEdits == 2)
            {
                for (var r = p; r < d1.Length; r++)
                {
                    d1[..r].CopyTo(buffer2);
                    d1[(r + 1)..].CopyTo(buffer2[r..]);
                    Consider(q, buffer2[..(d1.Length - 1)], maxEdits, ref best);
                }
            }

            if (best.Edits == 1 && maxEdits == 1) break;
        }

        return best.Id == NoWord ? (NoWord, 0) : best;
    }

    private void Consider(ReadOnlySpan<char> q, ReadOnlySpan<char> key, int maxEdits, ref (int Id, int Edits) best)
    {
        if (key.Length != q.Length && wordLookup.TryGetValue(key, out var direct)) Verify(q, direct, maxEdits, ref best);
        if (deleteLookup.TryGetValue(key, out var ids))
        {
            foreach (var id in ids) Verify(q, id, maxEdits, ref best);
        }
    }

    private void Verify(ReadOnlySpan<char> q, int id, int maxEdits, ref (int Id, int Edits) best)
    {
        var w = wordList[id];
        if (w[0] != q[0] || Math.Min(w.Length, q.Length) < options.OneEditMinLength) return;
        var allowed = Math.Min(w.Length, q.Length) >= options.TwoEditMinLength ? Math.Min(2, maxEdits) : 1;
        var d = EditDistance.OptimalStringAlignment(q, w, allowed);

        // Two corrections only when the last letter agrees too: "anafilaxis" is anaphylaxis, "explosive" is not "explosion".
        if (d == 2 && w[^1] != q[^1]) return;
        if (d <= allowed && d < best.Edits) best = (id, d);
    }

    private static bool MayBeInflected(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w[^1] == 's' || w[^1] == 'd' || w.EndsWith("ing"));

    private ref struct Resolver(PhraseMatcher<T> matcher, TokenizedText text, int offset, int[] cache)
    {
        public int Id1(int j) => Get(j, 0);

        public int Id2(int j) => Get(j, 1);

        public int Edits(int j) => Get(j, 2);

        private int Get(int j, int slot)
        {
            var k = (j - offset) * 3;
            if (cache[k] == int.MinValue) Resolve(j, k);
            return cache[k + slot];
        }

        private void Resolve(int j, int k)
        {
            var m = matcher;
            var token = text[j];
            var norm = text.Norm(j);
            cache[k + 1] = NoWord;
            cache[k + 2] = 0;
            if (token.Kind == TokenKind.Punctuation && norm.Length == 1 && norm[0] == '-')
            {
                cache[k] = Skip;
                return;
            }

            var exact = m.wordLookup.TryGetValue(norm, out var id) ? id : NoWord;
            var inflection = NoWord;

            // The base form of an inflected token; for a vocabulary word itself only when it ends like an inflection.
            if (m.options.Inflections && token.Kind == TokenKind.Word && (exact == NoWord || MayBeInflected(norm)))
            {
                if (m.inflectedLookup.TryGetValue(norm, out var baseId)) inflection = baseId;
                else if (norm.Length > 3 && norm.EndsWith("'s") && m.wordLookup.TryGetValue(norm[..^2], out var possessive)) inflection = possessive;
            }

            if (exact >= 0)
            {
                cache[k] = exact;
                cache[k + 1] = inflection;
                return;
            }

            if (inflection >= 0)
            {
                cache[k] = inflection;
                return;
            }

            if (m.options.Fuzzy && token.Kind == TokenKind.Word)
            {
                var (fuzzy, edits) = m.Correct(norm);
                cache[k] = fuzzy;
                cache[k + 2] = edits;
                return;
            }

            cache[k] = NoWord;
        }
    }
}
