namespace Orleans.Clinical.Analysis.Entities.Lexicon;

/// <summary>A lexicon concept found in a text: tokens [FirstToken, EndToken), characters [Start, End).</summary>
internal readonly record struct Mention(int FirstToken, int EndToken, int Start, int End, LexiconConcept Concept, TermKind Kind, int Edits)
{
    public int Length => End - Start;
}
