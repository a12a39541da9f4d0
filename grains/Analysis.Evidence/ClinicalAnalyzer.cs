using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>
/// Standard tokenizer, ASCII folding, lower case, British to American spelling, stop words and Porter
/// stemming; the same chain for indexing and querying. Thread-safe (Lucene reuses components per thread).
/// </summary>
internal sealed class ClinicalAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // English stop words plus words that every recommendation or note carries and that say nothing about the topic.
    private static readonly CharArraySet StopWords = new(Version,
        EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString() ?? "")
            .Concat(["patient", "patients", "pt", "pts", "adult", "adults", "people", "person", "who", "whom",
                "recommend", "recommends", "recommended", "suggest", "suggests", "should", "may", "can", "c/o",
                "complains", "presents", "presenting", "history", "yo", "year", "old", "male", "female"]),
        ignoreCase: true);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new SpellingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    // Several values of one field (the concepts of a statement) never form a phrase across their boundary.
    public override int GetPositionIncrementGap(string fieldName) => 100;

    /// <summary>Analyses a phrase into its terms and their positions (stop words leave gaps).</summary>
    public (string Term, int Position)[] Terms(string field, string text, int maxTerms = 256)
    {
        var terms = new List<(string, int)>();
        using var stream = GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (terms.Count < maxTerms && stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms.ToArray();
    }

    /// <summary>Maps British spellings to American so that "haemorrhage" meets "hemorrhage".</summary>
    private sealed class SpellingFilter(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

        private static readonly (string From, string To)[] Rules =
        [
            ("aem", "em"), ("paed", "ped"), ("rrhoea", "rrhea"), ("aesth", "esth"), ("foet", "fet"),
            ("caesar", "cesar"), ("isation", "ization"), ("oedem", "edem"), ("oesoph", "esoph"), ("oestr", "estr"),
            ("litre", "liter"), ("tumour", "tumor"), ("behaviour", "behavior"), ("sulph", "sulf"),
        ];

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            // Most tokens match no rule and cost no allocation.
            var span = term.Buffer.AsSpan(0, term.Length);
            string? changed = null;
            foreach (var (from, to) in Rules)
            {
                if ((changed is null ? span.IndexOf(from, StringComparison.Ordinal) : changed.IndexOf(from, StringComparison.Ordinal)) >= 0)
                {
                    changed = (changed ?? span.ToString()).Replace(from, to, StringComparison.Ordinal);
                }
            }

            if (changed is not null)
            {
                term.SetEmpty().Append(changed);
            }

            return true;
        }
    }
}
