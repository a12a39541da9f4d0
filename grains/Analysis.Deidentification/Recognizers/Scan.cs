using Orleans.Clinical.Analysis.Deidentification.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>The working state of one redaction: tokens, word classes and candidate spans. Reused per thread.</summary>
internal sealed class Scan
{
    [ThreadStatic]
    private static Scan? _cached;

    private WordClass[] _classes = new WordClass[256];

    public TokenList Tokens { get; } = new();

    public List<Candidate> Candidates { get; } = [];

    public Lexicon Lex { get; private set; } = null!;

    public string Text => Tokens.Text;

    public static Scan Rent(string text, Lexicon lexicon)
    {
        var scan = _cached ?? new Scan();
        _cached = null;
        scan.Lex = lexicon;
        Tokenizer.Tokenize(text, scan.Tokens);
        if (scan._classes.Length < scan.Tokens.Count)
        {
            scan._classes = new WordClass[Math.Max(scan.Tokens.Count, scan._classes.Length * 2)];
        }
        else
        {
            Array.Clear(scan._classes, 0, scan.Tokens.Count);
        }

        scan.Candidates.Clear();
        return scan;
    }

    public static void Return(Scan scan)
    {
        scan.Tokens.Trim();
        scan.Candidates.Clear();
        if (scan.Candidates.Capacity > 4096)
        {
            scan.Candidates.Capacity = 64;
        }

        if (scan._classes.Length > 1 << 16)
        {
            scan._classes = new WordClass[256];
        }

        _cached = scan;
    }

    public void Add(int start, int end, string type, int priority)
    {
        if (end > start)
        {
            Candidates.Add(new Candidate(start, end, type, priority));
        }
    }

    public void AddTokens(int first, int last, string type, int priority) =>
        Add(Tokens[first].Start, Tokens[last].End, type, priority);

    /// <summary>The word classes of token <paramref name="i"/> (looked up once, on first use).</summary>
    public WordClass Class(int i)
    {
        if (i < 0 || i >= Tokens.Count)
        {
            return WordClass.None;
        }

        var c = _classes[i];
        if (c != WordClass.None)
        {
            return c;
        }

        c = WordClass.Looked;
        if (Tokens[i].IsWord)
        {
            c |= Lex.Classify(Tokens.Span(i));
        }

        _classes[i] = c;
        return c;
    }

    public bool Has(int i, WordClass flag) => (Class(i) & flag) != 0;

    public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsWord;

    public bool IsNumber(int i) => i >= 0 && i < Tokens.Count && Tokens[i].IsNumber;

    /// <summary>Is token i in a cue set? Words that are no cue of any kind are answered without a lookup.</summary>
    public bool InSet(int i, WordSet set) =>
        i >= 0 && i < Tokens.Count && (!Tokens[i].IsWord || Has(i, WordClass.Cue)) && set.Contains(Tokens.Span(i));

    /// <summary>Matches a cue phrase at token i (only words marked as cue starts are looked up).</summary>
    public int Match<T>(PhraseTable<T> table, int i, out T value)
    {
        if (i < 0 || i >= Tokens.Count || (Tokens[i].IsWord && !Has(i, WordClass.Cue)))
        {
            value = default!;
            return 0;
        }

        return table.Match(Tokens, i, out value);
    }

    /// <summary>The value of a Number token, or -1 (also for more than 9 digits).</summary>
    public int Value(int i)
    {
        if (!IsNumber(i) || Tokens[i].Length > 9)
        {
            return -1;
        }

        var v = 0;
        foreach (var c in Tokens.Span(i))
        {
            v = v * 10 + (c - '0');
        }

        return v;
    }
}

[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Looked = 1,
    First = 2,
    Last = 4,
    Common = 8,
    VeryCommon = 16,
    Clinical = 32,
    Stop = 64,
    Eponym = 128,
    Cue = 256,
}
