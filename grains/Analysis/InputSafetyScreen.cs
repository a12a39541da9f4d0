using System.Text.RegularExpressions;

namespace Orleans.Clinical.Analysis;

/// <summary>
/// Decides whether an input can be processed safely as clinical text: it refuses attempts to reach other
/// sessions, other patients' records or the system's configuration, and text that is not language at all
/// (encoded blobs, markup, long runs of symbols). Conservative: ordinary clinical prose always passes.
/// </summary>
public sealed class InputSafetyScreen
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private static readonly (string Concern, Regex Pattern)[] Rules =
    [
        ("cross_session_access", Build(@"\b(?:other|another|all|every(?:one)?'?s?|previous)\s+(?:patients?'?s?|sessions?|users?'?s?|clinicians?'?s?)\s+(?:data|records?|notes?|sessions?|phi|information|details|history|charts?)\b")),
        ("cross_session_access", Build(@"\b(?:session[_\s-]?ids?|list\s+(?:all\s+)?sessions|dump\s+(?:the\s+)?(?:database|sessions|state))\b")),
        ("configuration_access", Build(@"\b(?:system\s+prompt|connection\s+strings?|api[_\s-]?keys?|signing\s+keys?|secret\s+keys?|environment\s+variables?|appsettings|config(?:uration)?\s+files?|/etc/passwd|access[_\s-]?tokens?)\b")),
        ("instruction_override", Build(@"\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier)\s+(?:instructions|rules|prompts?)\b")),
        ("instruction_override", Build(@"\b(?:you\s+are\s+now|act\s+as|pretend\s+to\s+be)\s+(?:an?\s+)?(?:admin(?:istrator)?|root|developer|system|unrestricted)\b")),
        ("code_injection", Build(@"<\s*script\b|\bdrop\s+table\b|\bunion\s+select\b|;\s*--|\$\{jndi:")),
    ];

    private static Regex Build(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>The concerns found; empty when the input can be processed.</summary>
    public IReadOnlyList<string> Screen(string text)
    {
        List<string>? concerns = null;
        try
        {
            foreach (var (concern, pattern) in Rules)
            {
                if (pattern.IsMatch(text) && (concerns is null || !concerns.Contains(concern)))
                {
                    (concerns ??= []).Add(concern);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            (concerns ??= []).Add("unanalysable_input");
        }

        if (!LooksLikeLanguage(text))
        {
            (concerns ??= []).Add("not_clinical_text");
        }

        return concerns ?? (IReadOnlyList<string>)[];
    }

    /// <summary>Letters make up a fair share of the text and no single "word" is an encoded blob.</summary>
    private static bool LooksLikeLanguage(string text)
    {
        int letters = 0, visible = 0, run = 0, longestRun = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                run = 0;
                continue;
            }

            visible++;
            if (char.IsLetter(c))
            {
                letters++;
            }

            longestRun = Math.Max(longestRun, ++run);
        }

        return visible == 0 || (letters >= 2 && letters * 10 >= visible * 3 && longestRun <= 200);
    }
}
