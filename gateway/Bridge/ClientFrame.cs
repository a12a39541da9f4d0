using System.Text.Json;

namespace Orleans.Clinical.Gateway.Bridge;

/// <summary>A parsed client frame, or the protocol error it deserves.</summary>
public sealed record ClientFrame(string Kind, string? Id, string? Text, string? ErrorCode, string? ErrorMessage)
{
    public const string Input = "clinical_input";
    public const string End = "end_session";
    public const string Ping = "ping";
    public const string Invalid = "error";

    private const int MaxIdLength = 128;

    /// <summary>
    /// Text that is not a JSON object is a clinical_input with that text. Text that starts like an object
    /// but is not valid JSON, or an object that is not a known frame, is invalid_message.
    /// </summary>
    public static ClientFrame Parse(string message, int maxInputChars)
    {
        var trimmed = message.AsSpan().Trim();
        if (trimmed.Length == 0)
        {
            return Error("invalid_message", "Empty message.");
        }

        if (trimmed[0] != '{')
        {
            return InputOf(null, message, maxInputChars);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return Error("invalid_message", "The message is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                return Error("invalid_message", "The message has no string field 'type'.");
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || !IsValidId(idElement.GetString()!))
                {
                    return Error("invalid_message", $"'id' must be a string of 1-{MaxIdLength} letters, digits, '-', '_', '.' or ':'.");
                }

                id = idElement.GetString();
            }

            switch (type.GetString())
            {
                case Input:
                    if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
                    {
                        return Error("invalid_message", "clinical_input needs a string field 'text'.", id);
                    }

                    return InputOf(id, text.GetString()!, maxInputChars);
                case End:
                    return new ClientFrame(End, id, null, null, null);
                case Ping:
                    return new ClientFrame(Ping, id, null, null, null);
                default:
                    return Error("unsupported_type", "Supported types: clinical_input, end_session, ping.", id);
            }
        }
    }

    private static ClientFrame InputOf(string? id, string text, int maxInputChars)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Error("invalid_message", "'text' must not be empty.", id);
        }

        return text.Length > maxInputChars
            ? Error("text_too_long", $"'text' is longer than {maxInputChars} characters.", id)
            : new ClientFrame(Input, id, text, null, null);
    }

    private static ClientFrame Error(string code, string message, string? id = null) => new(Invalid, id, null, code, message);

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
