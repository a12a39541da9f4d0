namespace Orleans.Clinical.Analysis.Deidentification.Recognizers;

/// <summary>
/// Street lines (with apartment or unit), cities, counties and ZIP codes. The state is never labelled.
/// A city is recognised before ", ST 12345", after a cue ("lives in"), inside a practice name, and
/// wherever a city found so in the same text appears again.
/// </summary>
internal static class AddressRecognizer
{
    public static void Run(Scan scan, List<(int Start, int End)> cities)
    {
        var tokens = scan.Tokens;
        var lex = scan.Lex;
        for (var i = 0; i < tokens.Count; i++)
        {
            ref var t = ref tokens[i];
            if (t.IsNumber && t.Length <= 6)
            {
                var end = Street(scan, i);
                if (end > i)
                {
                    scan.AddTokens(i, end, PhiTypes.Address, Priority.Address);
                    i = end;
                }

                continue;
            }

            if (!t.IsWord)
            {
                continue;
            }

            if (tokens.IsChar(i - 1, ',') && State(scan, i, out var stateEnd))
            {
                var zip = stateEnd + 1;
                var hasZip = zip < tokens.Count && tokens[zip].IsNumber && tokens[zip].Length == 5 && !tokens[zip].NewlineBefore;
                var fullName = tokens[i].Length > 2;
                if (hasZip || fullName)
                {
                    var cityEnd = i - 2;
                    var cityStart = CityStart(scan, cityEnd);
                    if (cityStart >= 0)
                    {
                        scan.AddTokens(cityStart, cityEnd, PhiTypes.Address, Priority.Address);
                        cities.Add((cityStart, cityEnd));
                    }

                    if (hasZip)
                    {
                        var zipEnd = zip;
                        if (zip + 2 < tokens.Count && tokens.IsChar(zip + 1, '-') && tokens.Adjacent(zip + 1) && tokens[zip + 2].IsNumber && tokens[zip + 2].Length == 4)
                        {
                            zipEnd = zip + 2;
                        }

                        scan.AddTokens(zip, zipEnd, PhiTypes.Address, Priority.Address);
                        i = zipEnd;
                    }
                }

                continue;
            }

            if (tokens.Is(i, "county") && tokens[i].Capitalized && i > 0)
            {
                var start = CityStart(scan, i - 1);
                if (start >= 0)
                {
                    scan.AddTokens(start, i, PhiTypes.Address, Priority.Address);
                }

                continue;
            }

            if (scan.Match(lex.CityCues, i, out _) is var cue and > 0)
            {
                var end = PlaceAfter(scan, i + cue);
                if (end >= i + cue)
                {
                    scan.AddTokens(i + cue, end, PhiTypes.Address, Priority.Address);
                    cities.Add((i + cue, end));
                }

                continue;
            }

            if ((tokens.Is(i, "lives") || tokens.Is(i, "living") || tokens.Is(i, "resides")) && !tokens.Is(i + 1, "in"))
            {
                for (var k = i + 1; k < tokens.Count && k <= i + 7 && !tokens[k].IsPunct; k++)
                {
                    if (tokens.Is(k, "in"))
                    {
                        var end = PlaceAfter(scan, k + 1);
                        if (end > k)
                        {
                            scan.AddTokens(k + 1, end, PhiTypes.Address, Priority.Address);
                            cities.Add((k + 1, end));
                        }

                        break;
                    }
                }

                continue;
            }

            // P.O. Box 4471 / PO Box 12
            if ((tokens.Is(i, "po") || (tokens.Is(i, "p") && tokens.IsChar(i + 1, '.') && tokens.Is(i + 2, "o"))) && PoBox(scan, i) is var box and > 0)
            {
                scan.AddTokens(i, box, PhiTypes.Address, Priority.Address);
                i = box;
                continue;
            }

            if (tokens.Is(i, "zip") || tokens.Is(i, "zipcode"))
            {
                var z = i + 1;
                while (z < tokens.Count && (tokens.IsChar(z, ':') || tokens.Is(z, "code")))
                {
                    z++;
                }

                if (z < tokens.Count && tokens[z].IsNumber && tokens[z].Length == 5)
                {
                    scan.AddTokens(z, z, PhiTypes.Address, Priority.Address);
                }

                continue;
            }

            if (scan.Match(lex.PlaceSuffixes, i, out _) is var suffixLength and > 0 && tokens.Is(i + suffixLength, "in") && IsPlaceWord(scan, i + suffixLength + 1) &&
                tokens[i + suffixLength + 1].Capitalized)
            {
                var end = PlaceAfter(scan, i + suffixLength + 1);
                if (end > i)
                {
                    scan.AddTokens(i + suffixLength + 1, end, PhiTypes.Address, Priority.Address);
                    cities.Add((i + suffixLength + 1, end));
                }
            }

            if (scan.Match(lex.PlaceSuffixes, i, out _) > 0 && i > 0 && scan.IsWord(i - 1) && !tokens[i].NewlineBefore && IsPlaceWord(scan, i - 1) &&
                tokens[i - 1].Capitalized && !WordShapes.MedicalLooking(tokens.Span(i - 1)) &&
                !(i > 1 && scan.IsWord(i - 2) && tokens[i - 2].Capitalized && !tokens[i - 1].NewlineBefore && !scan.Has(i - 2, WordClass.Stop)))
            {
                scan.AddTokens(i - 1, i - 1, PhiTypes.Address, Priority.Address);
                cities.Add((i - 1, i - 1));
            }
        }
    }

    private static int PoBox(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var k = i + 1;
        while (k < tokens.Count && k <= i + 4 && !tokens.Is(k, "box"))
        {
            if (!(tokens[k].IsPunct && tokens.CharAt(k) == '.') && !tokens.Is(k, "o"))
            {
                return -1;
            }

            k++;
        }

        return tokens.Is(k, "box") && scan.IsNumber(k + 1) ? k + 1 : -1;
    }

    /// <summary>A word that can be a place name: capitalised or dictated lower case, not a common or clinical word.</summary>
    private static bool IsPlaceWord(Scan scan, int k)
    {
        var tokens = scan.Tokens;
        if (!scan.IsWord(k) || tokens[k].Length < 3 || scan.Has(k, WordClass.Clinical | WordClass.Stop | WordClass.Eponym) ||
            scan.InSet(k, scan.Lex.StateWords) || scan.Lex.Month(tokens.Span(k)) > 0)
        {
            return false;
        }

        return tokens[k].Capitalized ? !scan.Has(k, WordClass.VeryCommon) : !scan.Has(k, WordClass.Common);
    }

    private static int PlaceAfter(Scan scan, int j)
    {
        var tokens = scan.Tokens;
        if (!IsPlaceWord(scan, j) || tokens[j].NewlineBefore)
        {
            return -1;
        }

        var end = j;
        while (end + 1 < tokens.Count && end - j < 2 && tokens[j].Capitalized && tokens[end + 1].Capitalized && scan.IsWord(end + 1) &&
               !tokens[end + 1].NewlineBefore && IsPlaceWord(scan, end + 1) && scan.Match(scan.Lex.PlaceSuffixes, end + 1, out _) == 0)
        {
            end++;
        }

        return end;
    }

    /// <summary>The first token of a 1–3 word capitalised place name ending at <paramref name="end"/>.</summary>
    private static int CityStart(Scan scan, int end)
    {
        var tokens = scan.Tokens;
        if (!scan.IsWord(end) || !tokens[end].Capitalized || scan.Has(end, WordClass.Stop))
        {
            return -1;
        }

        var start = end;
        while (start - 1 >= 0 && end - start < 2 && !tokens[start].NewlineBefore && scan.IsWord(start - 1) && tokens[start - 1].Capitalized &&
               !scan.InSet(start - 1, scan.Lex.StreetSuffixes) && !scan.InSet(start - 1, scan.Lex.UnitWords) && !scan.Has(start - 1, WordClass.Stop))
        {
            start--;
        }

        return start;
    }

    private static bool State(Scan scan, int i, out int end)
    {
        var tokens = scan.Tokens;
        end = i;
        if (tokens[i].Length == 2)
        {
            return tokens[i].AllUpper && scan.InSet(i, scan.Lex.StateWords);
        }

        if (!tokens[i].Capitalized)
        {
            return false;
        }

        var length = scan.Match(scan.Lex.States, i, out _);
        end = i + length - 1;
        return length > 0;
    }

    /// <summary>"4752 Wayne Ave, Apt 12", "92 N Main St", "18603 Old Troy Pike, Lot 17".</summary>
    private static int Street(Scan scan, int i)
    {
        var tokens = scan.Tokens;
        var lex = scan.Lex;
        if (i > 0 && tokens.Adjacent(i) && !tokens[i - 1].IsPunct)
        {
            return -1;
        }

        if (i > 0 && (tokens.IsChar(i - 1, '/') || tokens.IsChar(i - 1, '-') || tokens.IsChar(i - 1, '.')) && tokens.Adjacent(i))
        {
            return -1;
        }

        var k = i + 1;
        if (k < tokens.Count && tokens[k].IsWord && tokens[k].Length <= 2 && tokens[k].AllUpper && scan.InSet(k, lex.Directions))
        {
            k++;
            if (tokens.IsChar(k, '.'))
            {
                k++;
            }
        }

        var words = 0;
        var suffix = -1;
        bool? lower = null;
        while (k < tokens.Count && words < 5 && !tokens[k].NewlineBefore)
        {
            var isOrdinal = tokens[k].Kind == Text.TokenKind.Alnum && tokens[k].Length <= 4 && char.IsDigit(scan.Text[tokens[k].Start]);
            var lowerStreet = tokens[k].IsWord && tokens[k].AllLower && lower != false && !scan.Has(k, WordClass.Stop | WordClass.Clinical);
            if (!(tokens[k].IsWord && tokens[k].Capitalized) && !isOrdinal && !lowerStreet)
            {
                break;
            }

            if (tokens[k].IsWord)
            {
                lower ??= tokens[k].AllLower;
            }

            if (lower == true && words > 0 && scan.InSet(k, lex.StreetSuffixes) && tokens[k].Length < 4)
            {
                break; // dictated street lines end in a full word: "88 juniper lane"
            }

            if (words > 0 && scan.InSet(k, lex.StreetSuffixes))
            {
                suffix = k;
                // "Old Troy Pike", "Wayne Ave" — the suffix may be followed by another suffix word ("Park Dr")
                if (!(k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Capitalized && scan.InSet(k + 1, lex.StreetSuffixes) && !tokens[k + 1].NewlineBefore))
                {
                    break;
                }
            }

            words++;
            k++;
        }

        if (suffix < 0)
        {
            return -1;
        }

        var end = suffix;
        if (tokens.IsChar(end + 1, '.') && tokens.Adjacent(end + 1))
        {
            end++;
        }

        // unit: ", Apt 12", " Suite 210", " #4"
        var u = end + 1;
        if (tokens.IsChar(u, ','))
        {
            u++;
        }

        if (u < tokens.Count && !tokens[u].NewlineBefore && (scan.InSet(u, lex.UnitWords)))
        {
            var v = u + 1;
            if (tokens.IsChar(v, '.') || tokens.IsChar(v, '#'))
            {
                v++;
            }

            if (v < tokens.Count && tokens[v].HasDigit && !tokens[v].NewlineBefore)
            {
                end = v;
                if (v + 2 < tokens.Count && tokens.IsChar(v + 1, '-') && tokens.Adjacent(v + 1) && tokens.Adjacent(v + 2) && !tokens[v + 2].IsPunct)
                {
                    end = v + 2;
                }
            }
            else if (v < tokens.Count && tokens[v].IsWord && tokens[v].Length == 1 && tokens[v].AllUpper)
            {
                end = v;
            }
        }

        return end;
    }
}
