namespace Orleans.Clinical.Analysis.Language;

/// <summary>
/// A vocabulary phrase found in a text: tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>), characters
/// [<see cref="Start"/>, <see cref="End"/>) (UTF-16, end exclusive), the payload of the phrase and the number of
/// spelling corrections the match needed.
/// </summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, int Start, int End, T Payload, int Edits)
{
    public int TokenCount => EndToken - FirstToken;
}
