namespace Orleans.Clinical.Analysis.Deidentification.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Alnum,
    Punct,
}

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    SpaceBefore = 1,
    NewlineBefore = 2,
    Capitalized = 4,
    AllUpper = 8,
    AllLower = 16,
}

/// <summary>One token of the input: a run of letters and/or digits, or one punctuation character.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public TokenKind Kind;
    public TokenFlags Flags;

    public readonly int Length => End - Start;
    public readonly bool IsWord => Kind == TokenKind.Word;
    public readonly bool IsNumber => Kind == TokenKind.Number;
    public readonly bool IsPunct => Kind == TokenKind.Punct;
    public readonly bool HasDigit => Kind is TokenKind.Number or TokenKind.Alnum;
    public readonly bool SpaceBefore => (Flags & TokenFlags.SpaceBefore) != 0;
    public readonly bool NewlineBefore => (Flags & TokenFlags.NewlineBefore) != 0;
    public readonly bool Capitalized => (Flags & TokenFlags.Capitalized) != 0;
    public readonly bool AllUpper => (Flags & TokenFlags.AllUpper) != 0;
    public readonly bool AllLower => (Flags & TokenFlags.AllLower) != 0;
}
