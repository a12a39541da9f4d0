namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// One token of a <see cref="TokenizedText"/>. Offsets are UTF-16 code units into the original text,
/// end exclusive. <see cref="Sentence"/> and <see cref="Clause"/> number the sentence and clause the token is in
/// (a clause ends at a sentence end or at ';').
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, int Sentence, int Clause)
{
    public int Length => End - Start;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool IsPunctuation => Kind == TokenKind.Punctuation;
}
