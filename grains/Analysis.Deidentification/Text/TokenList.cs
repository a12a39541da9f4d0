namespace Orleans.Clinical.Analysis.Deidentification.Text;

/// <summary>The tokens of one input, reused between calls on the same thread.</summary>
internal sealed class TokenList
{
    private Token[] _tokens = new Token[256];

    public string Text { get; private set; } = "";

    public int Count { get; private set; }

    public ref Token this[int index] => ref _tokens[index];

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    public ReadOnlySpan<char> Span(int first, int last) => Text.AsSpan(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);

    public bool Is(int index, string value) =>
        index >= 0 && index < Count && Span(index).Equals(value, StringComparison.OrdinalIgnoreCase);

    public bool IsChar(int index, char c) =>
        index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Punct && Text[_tokens[index].Start] == c;

    public char CharAt(int index) => index >= 0 && index < Count ? Text[_tokens[index].Start] : '\0';

    /// <summary>True when tokens index-1 and index touch (no space between).</summary>
    public bool Adjacent(int index) => index > 0 && index < Count && _tokens[index].Start == _tokens[index - 1].End;

    public void Reset(string text)
    {
        Text = text;
        Count = 0;
    }

    public void Add(in Token token)
    {
        if (Count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[Count++] = token;
    }

    /// <summary>Drops very large buffers so one huge input does not pin memory on a thread.</summary>
    public void Trim()
    {
        if (_tokens.Length > 1 << 16)
        {
            _tokens = new Token[256];
        }

        Text = "";
        Count = 0;
    }
}
