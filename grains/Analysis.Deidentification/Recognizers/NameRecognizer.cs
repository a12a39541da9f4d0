using Orleans.Clinical.Analysis.Deidentification.Text;

namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>
/// Person names from context: titles ("Dr.", "Mr."), credentials (", MD"), field labels ("Patient:", "cc:"),
/// relatives ("daughter Priya"), patient cues in chat ("pt castillo"), chat speakers, spelled names
/// (K-O-W-A-L-S-K-I), "LAST, FIRST" and first-name + surname pairs from the name lists; then every
/// other mention in the same text of a name found so. Eponyms ("Bell palsy", "Wells score") are kept.
/// </summary>
internal static class NameRecognizer
{
    private enum Mode
    {
        Any,
        Capital,
        Lower,
    }

    public static void Run(Scan scan, List<(int Start, int End)> found)
    {
        var tokens = scan.Tokens;
        var lex = scan.Lex;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var t = ref tokens[i];
            if (t.IsPunct)
            {
                if (tokens.CharAt(i) == '[' && (i == 0 || tokens[i].NewlineBefore))
                {
                    ChatSpeaker(scan, i, found);
                }
                else if (tokens.CharAt(i) == ',' && Credential(scan, i + 1))
                {
                    Backward(scan, i - 1, found, Priority.NameStrong);
                }
                else if (tokens.CharAt(i) == '(' && i + 2 < tokens.Count && tokens.IsChar(i + 2, ')') && scan.InSet(i + 1, lex.Relations))
                {
                    Backward(scan, i - 1, found, Priority.NameStrong);
                }

                continue;
            }

            if (!t.IsWord)
            {
                continue;
            }

            if (t.Length == 1 && t.AllUpper && Spelled(scan, i, found) is var spelledEnd and > 0)
            {
                i = spelledEnd;
                continue;
            }

            var span = tokens.Span(i);
            if (scan.InSet(i, lex.Titles) && !(t.AllLower && (tokens.Is(i, "sister") || tokens.Is(i, "father") || tokens.Is(i, "nurse"))))
            {
                var j = i + 1;
                if (tokens.IsChar(j, '.') && tokens.Adjacent(j))
                {
                    j++;
                }

                if (j < tokens.Count && !tokens[j].NewlineBefore && Forward(scan, j, true, found, Priority.NameStrong) is var e1 and >= 0)
                {
                    i = e1;
                }

                continue;
            }

            var label = scan.Match(lex.NameLabels, i, out _);
            if (label == 1 && t.AllUpper && tokens.Is(i, "cc"))
            {
                label = 0; // "CC:" is the chief complaint; "cc:" copies a letter
            }

            if (label > 0 && (i == 0 || tokens[i].NewlineBefore || tokens[i].Capitalized || tokens[i].AllUpper || IsIntroduction(scan, i, label)))
            {
                var j = i + label;
                var colon = tokens.IsChar(j, ':') || tokens.IsChar(j, ',');
                if (colon)
                {
                    j++;
                }

                var withLabel = tokens.Is(i + label - 1, "with") || IsIntroduction(scan, i, label);
                var weakLabel = label == 1 && (tokens.Is(i, "cc") || tokens.Is(i, "re") || tokens.Is(i, "to") || tokens.Is(i, "from"));
                var byLabel = tokens.Is(i + label - 1, "by") || withLabel;
                if (j < tokens.Count && (colon || byLabel || tokens[i].AllUpper) && (!tokens[j].NewlineBefore || tokens.Is(i, "sincerely")) &&
                    !(withLabel && scan.InSet(j, lex.Titles)))
                {
                    var end = LastFirst(scan, j, found);
                    if (end < 0)
                    {
                        end = Forward(scan, j, false, found, Priority.NameStrong, requireNameList: !colon, strictList: (withLabel && !colon) || weakLabel);
                    }

                    if (end >= 0)
                    {
                        i = end;
                        continue;
                    }
                }
            }

            if (scan.InSet(i, lex.Relations) && !scan.InSet(i, lex.PatientCues))
            {
                var j = i + 1;
                if (tokens.IsChar(j, ',') || (tokens.IsChar(j, '(') && j + 2 < tokens.Count && tokens.IsChar(j + 2, ')')))
                {
                    j++;
                }

                if (j < tokens.Count && !tokens[j].NewlineBefore && Forward(scan, j, false, found, Priority.NameStrong, requireNameList: true) is var e2 and >= 0)
                {
                    i = e2;
                }

                continue;
            }

            if (scan.InSet(i, lex.PatientCues))
            {
                var j = i + 1;
                if (j < tokens.Count && !tokens[j].NewlineBefore && PatientName(scan, j, found) is var e3 and >= 0)
                {
                    i = e3;
                }

                continue;
            }

            if (tokens.Is(i, "spelled") && i >= 2)
            {
                var k = i - 1;
                if (tokens.Is(k, "name"))
                {
                    k--;
                }

                if (tokens.Is(k, "last") || tokens.Is(k, "first"))
                {
                    k--;
                }

                Backward(scan, k, found, Priority.NameStrong, lowerOk: true);
                continue;
            }

            // LAST, FIRST (upper case) and First Last from the name lists
            if (Pair(scan, i, found) is var e4 and >= 0)
            {
                i = e4;
            }
        }

        Propagate(scan, found);
    }

    private static bool Credential(Scan scan, int k)
    {
        var tokens = scan.Tokens;
        if (!scan.IsWord(k) || !scan.InSet(k, scan.Lex.Credentials) || tokens[k].AllLower)
        {
            return false;
        }

        return !(k + 1 < tokens.Count && tokens[k + 1].IsNumber && tokens[k + 1].Length == 5);
    }

    /// <summary>Can token k be part of a name? Titles, credentials, clinical and stop words never are.</summary>
    private static bool NameWord(Scan scan, int k, Mode mode, bool strong)
    {
        var tokens = scan.Tokens;
        if (!scan.IsWord(k))
        {
            return false;
        }

        ref var t = ref tokens[k];
        if (t.Length == 1)
        {
            return t.AllUpper && mode != Mode.Lower && tokens.IsChar(k + 1, '.') && tokens.Adjacent(k + 1);
        }

        var cls = scan.Class(k);
        if (!strong && scan.InSet(k, scan.Lex.StateWords) && (t.Length == 2 || !scan.Has(k, WordClass.Last)))
        {
            return false;
        }

        if ((cls & (WordClass.Clinical | WordClass.Stop)) != 0 || scan.InSet(k, scan.Lex.Titles) || scan.InSet(k, scan.Lex.Relations))
        {
            return false;
        }

        if ((cls & WordClass.Eponym) != 0 && !strong)
        {
            return false;
        }

        var capital = t.Capitalized || t.AllUpper;
        if (mode == Mode.Capital && !capital || mode == Mode.Lower && !t.AllLower)
        {
            return false;
        }

        var listed = (cls & (WordClass.First | WordClass.Last)) != 0;
        if (capital)
        {
            return strong || listed || (cls & WordClass.Common) == 0;
        }

        return strong ? listed || (cls & WordClass.Common) == 0 : (cls & WordClass.First) != 0 && (cls & WordClass.VeryCommon) == 0 || (cls & WordClass.Common) == 0 && listed;
    }

    /// <summary>"this is maureen callahan", "my name is ...": a name follows only when it is a listed name.</summary>
    private static bool IsIntroduction(Scan scan, int i, int label)
    {
        var tokens = scan.Tokens;
        var last = i + label - 1;
        return tokens.Is(last, "is") || tokens.Is(last, "am") || tokens.Is(last, "m") || tokens.Is(last, "s") || tokens.Is(last, "for");
    }

    /// <summary>"Dr. Will Sutherland": a capitalised given name that is also a common word, before a surname.</summary>
    private static bool GivenNameThatIsAWord(Scan scan, int j)
    {
        var tokens = scan.Tokens;
        return tokens[j].Capitalized && scan.Has(j, WordClass.First) && !scan.Has(j, WordClass.Clinical) && j + 1 < tokens.Count &&
               !tokens[j + 1].NewlineBefore && tokens[j + 1].Capitalized && NameWord(scan, j + 1, Mode.Capital, false) &&
               scan.Has(j + 1, WordClass.Last);
    }

    private static bool FollowedByEponymHead(Scan scan, int end)
    {
        var tokens = scan.Tokens;
        var k = end + 1;
        if (tokens.IsChar(k, '\'') || tokens.IsChar(k, '\u2019'))
        {
            k += 2;
        }

        return scan.IsWord(k) && !tokens[k].NewlineBefore && scan.InSet(k, scan.Lex.EponymHeads);
    }

    /// <summary>Reads a name of 1–3 words (plus initials) from token j; returns its last token or -1.</summary>
    private static int Forward(Scan scan, int j, bool strong, List<(int, int)> found, int priority, bool requireNameList = false, bool strictList = false)
    {
        var tokens = scan.Tokens;
        if (j >= tokens.Count || !scan.IsWord(j))
        {
            return -1;
        }

        var mode = tokens[j].AllLower ? Mode.Lower : Mode.Capital;
        if (!NameWord(scan, j, mode, strong) && !(strong && GivenNameThatIsAWord(scan, j)))
        {
            return -1;
        }

        var end = j;
        var words = 1;
        var listed = scan.Has(j, WordClass.First | WordClass.Last);
        var k = j;
        while (words < 4)
        {
            var next = k + 1;
            if (tokens[k].Length == 1 && tokens.IsChar(next, '.'))
            {
                next++;
            }

            if (tokens.IsChar(next, '-') && tokens.Adjacent(next) && tokens.Adjacent(next + 1))
            {
                next++;
            }

            if (next >= tokens.Count || tokens[next].NewlineBefore || tokens[next].Start - tokens[next - 1].End > 1)
            {
                break;
            }

            var surnameAfterGiven = mode == Mode.Lower && scan.Has(k, WordClass.First) && scan.Has(next, WordClass.Last) &&
                                    tokens[next].AllLower && !scan.Has(next, WordClass.Stop | WordClass.Clinical);
            if (!surnameAfterGiven && !NameWord(scan, next, mode, false) &&
                !(strong && mode == Mode.Lower && scan.IsWord(next) && tokens[next].AllLower && tokens[next].Length > 2 &&
                  !scan.Has(next, WordClass.Common | WordClass.Stop | WordClass.Clinical | WordClass.Eponym)))
            {
                break;
            }

            var rareAfterTitle = strong && mode == Mode.Lower && !scan.Has(next, WordClass.Common | WordClass.Stop | WordClass.Clinical | WordClass.Eponym);
            if (mode == Mode.Lower && !surnameAfterGiven && !rareAfterTitle && (!scan.Has(next, WordClass.First | WordClass.Last) || scan.Has(next, WordClass.Common)))
            {
                break;
            }

            listed |= scan.Has(next, WordClass.First | WordClass.Last);
            k = next;
            end = next;
            words++;
        }

        if (tokens[end].Length == 1 && end > j)
        {
            // a trailing initial ("Kowalski, Kateryna B") stays; "A." alone is not a name
        }
        else if (tokens[end].Length == 1)
        {
            return -1;
        }

        if ((requireNameList && !listed && !strong && scan.Has(j, WordClass.Common)) || (strictList && !listed) || FollowedByEponymHead(scan, end))
        {
            return -1;
        }

        var last = end;
        if (tokens[end].Length == 1 && tokens.IsChar(end + 1, '.'))
        {
            last = end; // initial's period stays outside the span
        }

        scan.AddTokens(j, last, PhiTypes.Name, priority);
        found.Add((j, last));
        return end;
    }

    /// <summary>Reads a name backwards ending at token <paramref name="end"/> (before ", MD" or "(son)").</summary>
    private static void Backward(Scan scan, int end, List<(int, int)> found, int priority, bool lowerOk = false)
    {
        var tokens = scan.Tokens;
        if (end < 0 || !scan.IsWord(end))
        {
            return;
        }

        var mode = tokens[end].AllLower ? (lowerOk ? Mode.Lower : Mode.Capital) : Mode.Capital;
        if (!NameWord(scan, end, mode, true))
        {
            return;
        }

        var start = end;
        var k = end;
        while (end - start < 4 && !tokens[start].NewlineBefore)
        {
            var prev = k - 1;
            if (tokens.IsChar(prev, '.') && prev - 1 >= 0 && tokens[prev - 1].Length == 1)
            {
                prev--;
            }
            else if (tokens.IsChar(prev, '-') && tokens.Adjacent(prev) && tokens.Adjacent(prev + 1))
            {
                prev--;
            }

            if (prev < 0)
            {
                break;
            }

            var givenBeforeSurname = scan.IsWord(prev) && scan.Has(prev, WordClass.First) && !scan.Has(prev, WordClass.Stop | WordClass.Clinical) &&
                                     (mode == Mode.Capital ? tokens[prev].Capitalized : tokens[prev].AllLower) && tokens[prev].Length > 1;
            if (!givenBeforeSurname && (!NameWord(scan, prev, mode, false) || (mode == Mode.Lower && scan.Has(prev, WordClass.Common) && !scan.Has(prev, WordClass.First | WordClass.Last))))
            {
                break;
            }

            start = prev;
            k = prev;
        }

        scan.AddTokens(start, end, PhiTypes.Name, priority);
        found.Add((start, end));
    }

    /// <summary>"CASTILLO, AHMED", "Kowalski, Kateryna B" after a label: one span.</summary>
    private static int LastFirst(Scan scan, int j, List<(int, int)> found)
    {
        var tokens = scan.Tokens;
        if (!scan.IsWord(j) || !tokens.IsChar(j + 1, ',') || !tokens.Adjacent(j + 1) || !scan.IsWord(j + 2) || tokens[j + 2].NewlineBefore)
        {
            return -1;
        }

        if (!NameWord(scan, j, Mode.Capital, false) || !NameWord(scan, j + 2, Mode.Capital, false) || Credential(scan, j + 2))
        {
            return -1;
        }

        var end = j + 2;
        if (scan.IsWord(end + 1) && tokens[end + 1].Length == 1 && tokens[end + 1].AllUpper && !tokens[end + 1].NewlineBefore)
        {
            end++;
        }

        scan.AddTokens(j, end, PhiTypes.Name, Priority.NameStrong);
        found.Add((j, end));
        return end;
    }

    private static int Pair(Scan scan, int i, List<(int, int)> found)
    {
        var tokens = scan.Tokens;
        ref var t = ref tokens[i];
        if (!(t.Capitalized || t.AllUpper) || t.Length < 2)
        {
            return -1;
        }

        if (t.AllUpper && LastFirstUpper(scan, i) is var e and >= 0)
        {
            scan.AddTokens(i, e, PhiTypes.Name, Priority.NameWeak);
            found.Add((i, e));
            return e;
        }

        var k = i + 1;
        if (scan.IsWord(k) && tokens[k].Length == 1 && tokens.IsChar(k + 1, '.'))
        {
            k += 2;
        }

        if (!scan.IsWord(k) || tokens[k].NewlineBefore || !(tokens[k].Capitalized || tokens[k].AllUpper) || tokens[k].Length < 2)
        {
            return -1;
        }

        if (!NameWord(scan, i, Mode.Capital, false) || !NameWord(scan, k, Mode.Capital, false))
        {
            return -1;
        }

        if (!scan.Has(i, WordClass.First))
        {
            // "Kateryna Schaefer": neither word common, the second a listed surname
            if (scan.Has(i, WordClass.Common) || scan.Has(k, WordClass.Common) || !scan.Has(k, WordClass.Last) || FollowedByEponymHead(scan, k))
            {
                return -1;
            }

            scan.AddTokens(i, k, PhiTypes.Name, Priority.NameWeak);
            found.Add((i, k));
            return k;
        }

        var firstCommon = scan.Has(i, WordClass.Common);
        var lastOk = scan.Has(k, WordClass.Last) || !scan.Has(k, WordClass.Common);
        if (!lastOk || (firstCommon && !scan.Has(k, WordClass.Last)) || FollowedByEponymHead(scan, k))
        {
            return -1;
        }

        scan.AddTokens(i, k, PhiTypes.Name, Priority.NameWeak);
        found.Add((i, k));
        return k;
    }

    private static int LastFirstUpper(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        if (!tokens.IsChar(i + 1, ',') || !tokens.Adjacent(i + 1) || !scan.IsWord(i + 2) || !tokens[i + 2].AllUpper || tokens[i + 2].NewlineBefore)
        {
            return -1;
        }

        if (!scan.Has(i, WordClass.Last) || !scan.Has(i + 2, WordClass.First) || !NameWord(scan, i, Mode.Capital, false) || !NameWord(scan, i + 2, Mode.Capital, false))
        {
            return -1;
        }

        var end = i + 2;
        if (scan.IsWord(end + 1) && tokens[end + 1].Length == 1 && tokens[end + 1].AllUpper && !tokens[end + 1].NewlineBefore)
        {
            end++;
        }

        return end;
    }

    /// <summary>"pt castillo in 22b", "mutual patient Yolanda Mbatha".</summary>
    private static int PatientName(Scan scan, int j, List<(int, int)> found)
    {
        var tokens = scan.Tokens;
        if (!scan.IsWord(j))
        {
            return -1;
        }

        if (tokens[j].AllLower)
        {
            var cls = scan.Class(j);
            if ((cls & (WordClass.Clinical | WordClass.Stop | WordClass.Eponym)) != 0 || tokens[j].Length < 2)
            {
                return -1;
            }

            var nextOk = j + 1 >= tokens.Count || tokens[j + 1].IsPunct || tokens[j + 1].NewlineBefore ||
                         tokens.Is(j + 1, "in") || tokens.Is(j + 1, "bed") || tokens.Is(j + 1, "room") || tokens.Is(j + 1, "rm") ||
                         tokens.Is(j + 1, "is") || tokens.Is(j + 1, "was") || tokens.Is(j + 1, "has") || tokens.Is(j + 1, "last");
            var listed = (cls & (WordClass.First | WordClass.Last)) != 0;
            if (!listed && WordShapes.MedicalLooking(tokens.Span(j)))
            {
                return -1;
            }

            if (!((cls & WordClass.Common) == 0 || (listed && nextOk)))
            {
                return -1;
            }

            return Forward(scan, j, true, found, Priority.NameStrong);
        }

        return Forward(scan, j, false, found, Priority.NameStrong, requireNameList: true);
    }

    /// <summary>"[06:51] kateryna: ..." and "[06:56] Victor Lindqvist (hospitalist): ...".</summary>
    private static void ChatSpeaker(Scan scan, int i, List<(int, int)> found)
    {
        var tokens = scan.Tokens;
        var k = i + 1;
        while (k < tokens.Count && k - i < 6 && !tokens.IsChar(k, ']') && !tokens[k].IsWord)
        {
            k++;
        }

        if (!tokens.IsChar(k, ']'))
        {
            return;
        }

        var first = k + 1;
        var last = first - 1;
        for (var m = first; m < tokens.Count && m - first < 3 && scan.IsWord(m) && !tokens[m].NewlineBefore; m++)
        {
            last = m;
        }

        if (last < first || !(tokens.IsChar(last + 1, ':') || tokens.IsChar(last + 1, '(')))
        {
            return;
        }

        for (var m = first; m <= last; m++)
        {
            if (scan.InSet(m, scan.Lex.ChatRoles) || scan.Has(m, WordClass.Stop | WordClass.Clinical))
            {
                return;
            }
        }

        scan.AddTokens(first, last, PhiTypes.Name, Priority.NameStrong);
        found.Add((first, last));
    }

    /// <summary>K-O-W-A-L-S-K-I: three or more single letters joined by hyphens.</summary>
    private static int Spelled(Scan scan, int i, List<(int, int)> found)
    {
        var tokens = scan.Tokens;
        if (i > 0 && tokens.IsChar(i - 1, '-') && tokens.Adjacent(i))
        {
            return -1;
        }

        var k = i;
        var letters = 1;
        while (k + 2 < tokens.Count && tokens.IsChar(k + 1, '-') && tokens.Adjacent(k + 1) && tokens.Adjacent(k + 2) &&
               scan.IsWord(k + 2) && tokens[k + 2].Length == 1 && char.IsLetter(scan.Text[tokens[k + 2].Start]))
        {
            k += 2;
            letters++;
        }

        if (letters < 3)
        {
            return -1;
        }

        scan.AddTokens(i, k, PhiTypes.Name, Priority.NameStrong);
        found.Add((i, k));
        return k;
    }

    /// <summary>Every other mention of a name word already found (not common words unless capitalised).</summary>
    private static void Propagate(Scan scan, List<(int Start, int End)> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        var tokens = scan.Tokens;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (start, end) in found)
        {
            for (var k = start; k <= end && names.Count < 256; k++)
            {
                if (scan.IsWord(k) && tokens[k].Length >= 2 && !scan.Has(k, WordClass.Stop | WordClass.Clinical) && !lookup.Contains(tokens.Span(k)))
                {
                    names.Add(tokens.Span(k).ToString());
                }
            }
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || tokens[k].Length < 2 || !lookup.Contains(tokens.Span(k)))
            {
                continue;
            }

            var common = scan.Has(k, WordClass.Common) || scan.Has(k, WordClass.Eponym);
            if (common && (!(tokens[k].Capitalized || tokens[k].AllUpper) || FollowedByEponymHead(scan, k)))
            {
                continue;
            }

            if (FollowedByEponymHead(scan, k))
            {
                continue;
            }

            scan.AddTokens(k, k, PhiTypes.Name, Priority.NameWeak);
        }
    }
}
