namespace Orleans.Clinical.Analysis.Language;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}
