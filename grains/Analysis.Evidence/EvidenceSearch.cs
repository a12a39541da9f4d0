using System.Collections.Concurrent;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Orleans.Clinical.Analysis.Evidence;

/// <summary>
/// Searches the embedded guideline corpus with Lucene.Net (BM25, in memory). The index is built once, at
/// first use, and shared; searching is thread-safe.
/// <para>Query: each concept (weighted by its order, first = 1, then 1/(1 + 0.5 i)) matches the statements
/// tagged with it exactly, or its synonym phrases in the concepts, title and recommendation fields; the
/// best of these per concept counts (disjunction max). Synonym phrases found in the free text add concepts
/// at half weight; the other words of the text add a small bag-of-words score.</para>
/// <para><see cref="EvidenceResult.FindingsCount"/> counts hits scoring at least <see cref="RelevanceFloor"/>;
/// <see cref="EvidenceResult.EvidenceQuality"/> is the best normalised quality among the first three
/// findings above the floor ("none" when there is none).</para>
/// </summary>
public sealed class EvidenceSearch : IEvidenceSearch
{
    /// <summary>The score a hit needs to count as a finding: about one synonym match in a recommendation.</summary>
    public const float RelevanceFloor = 2.0f;

    private const int MaxConcepts = 16;
    private const int MaxConceptChars = 200;
    private const int MaxTextChars = 4000;
    private const int MaxTextTerms = 24;
    private const int MaxTextConcepts = 8;
    private const int MaxPerGuideline = 2;

    private static readonly Lazy<Index> Shared = new(() => new Index(GuidelineCorpus.Default));

    // Known concepts and words are a bounded set; arbitrary strings stop being memoised at the cap.
    private const int MaxCachedParts = 20000;

    private static readonly ConcurrentDictionary<string, (int Ordinal, float Score)[]> parts = new(StringComparer.Ordinal);

    private readonly ClinicalSynonyms synonyms = ClinicalSynonyms.Default;

    public EvidenceResult Search(EvidenceQuery query)
    {
        var ranked = Rank(query);
        if (ranked.Count == 0)
        {
            return EvidenceResult.Empty;
        }

        var max = Math.Clamp(query.MaxResults, 0, 20);
        var top = ranked.Take(max)
            .Select(r => new EvidenceItem(
                r.Statement.Title,
                r.Statement.Organisation,
                r.Statement.Year,
                r.Statement.DisplayLevel,
                r.Statement.Recommendation,
                r.Statement.Url,
                Math.Round(r.Score, 3)))
            .ToArray();
        var quality = ranked.Take(3).MaxBy(r => EvidenceQualities.Rank(r.Statement.Quality))!.Statement.Quality;
        return new EvidenceResult(top, ranked.Count, quality);
    }

    /// <summary>The statements above the relevance floor, best first, at most two per guideline among the leaders.</summary>
    public IReadOnlyList<RankedStatement> Rank(EvidenceQuery? query)
    {
        try
        {
            var index = Shared.Value;
            var scores = new float[index.Statements.Count];
            if (!Score(index, query, scores))
            {
                return [];
            }

            var hits = new List<(int Ordinal, float Score)>();
            for (var i = 0; i < scores.Length; i++)
            {
                if (scores[i] >= RelevanceFloor)
                {
                    hits.Add((i, scores[i]));
                }
            }

            hits.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Ordinal.CompareTo(b.Ordinal));
            var leaders = new List<RankedStatement>();
            var rest = new List<RankedStatement>();
            var perGuideline = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (ordinal, score) in hits)
            {
                var statement = index.Statements[ordinal];
                var seen = perGuideline.GetValueOrDefault(statement.GuidelineKey);
                perGuideline[statement.GuidelineKey] = seen + 1;
                (seen < MaxPerGuideline ? leaders : rest).Add(new RankedStatement(statement, score));
            }

            leaders.AddRange(rest);
            return leaders;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or BooleanQuery.TooManyClausesException)
        {
            // Odd input must never fail the pipeline; an unanswerable query finds nothing.
            return [];
        }
    }

    // Sums the weighted BM25 scores of the query's parts, as a Lucene BooleanQuery of SHOULD clauses would
    // (BM25 has no coordination factor); each part's scores come from Lucene once and are then memoised.
    private bool Score(Index index, EvidenceQuery? query, float[] scores)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var any = false;
        var concepts = query?.Concepts ?? [];
        for (var i = 0; i < concepts.Count && used.Count < MaxConcepts; i++)
        {
            any |= AddConcept(index, scores, concepts[i], 1f / (1f + 0.5f * i), used);
        }

        var text = query?.Text;
        if (!string.IsNullOrWhiteSpace(text))
        {
            text = text.Length > MaxTextChars ? text[..MaxTextChars] : text;
            var found = synonyms.FindConcepts(text, MaxTextConcepts);
            for (var i = 0; i < found.Count; i++)
            {
                any |= AddConcept(index, scores, found[i], 0.5f / (1f + 0.5f * i), used);
            }

            any |= AddWords(index, scores, text);
        }

        return any;
    }

    private bool AddConcept(Index index, float[] scores, string? concept, float weight, HashSet<string> used)
    {
        if (string.IsNullOrWhiteSpace(concept))
        {
            return false;
        }

        var key = ClinicalSynonyms.Normalize(concept.Length > MaxConceptChars ? concept[..MaxConceptChars] : concept);
        if (key.Length == 0 || !used.Add(key))
        {
            return false;
        }

        Accumulate(Part(index, "c:" + key, () => ConceptQuery(index, key)), weight, scores);
        return true;
    }

    // Words are split cheaply and deduplicated first; only an unseen word goes through the Lucene analyzer.
    private static bool AddWords(Index index, float[] scores, string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ClinicalSynonyms.Words(text))
        {
            if (word.Length < 3 || word.Length > 40 || word.Any(char.IsDigit) || !seen.Add(word))
            {
                continue;
            }

            Accumulate(Part(index, "w:" + word, () => WordQuery(index, word)), 1f, scores);
            if (seen.Count >= MaxTextTerms)
            {
                break;
            }
        }

        return seen.Count > 0;
    }

    private static Query WordQuery(Index index, string word)
    {
        var query = new BooleanQuery();
        foreach (var (term, _) in index.Analyzer.Terms(Index.Recommendation, word, maxTerms: 2))
        {
            query.Add(new TermQuery(new Term(Index.Recommendation, term)) { Boost = 0.15f }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(Index.Title, term)) { Boost = 0.2f }, Occur.SHOULD);
        }

        return query;
    }

    private static void Accumulate((int Ordinal, float Score)[] part, float weight, float[] scores)
    {
        foreach (var (ordinal, score) in part)
        {
            scores[ordinal] += weight * score;
        }
    }

    // The scores of one concept or word over the whole corpus, from Lucene, memoised (bounded).
    private static (int Ordinal, float Score)[] Part(Index index, string key, Func<Query> build)
    {
        if (parts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var hits = index.Searcher.Search(build(), index.Statements.Count).ScoreDocs;
        var part = new (int, float)[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            part[i] = (index.Ordinals[hits[i].Doc], hits[i].Score);
        }

        if (parts.Count < MaxCachedParts)
        {
            parts.TryAdd(key, part);
        }

        return part;
    }

    private Query ConceptQuery(Index index, string key)
    {
        var best = new DisjunctionMaxQuery(0.2f)
        {
            new TermQuery(new Term(Index.ConceptKey, key)) { Boost = 6f },
        };
        var phrases = synonyms.Expand(key);
        for (var p = 0; p < phrases.Count && p < 24; p++)
        {
            var terms = index.Analyzer.Terms(Index.ConceptText, phrases[p], maxTerms: 8);
            if (terms.Length == 0)
            {
                continue;
            }

            var own = p == 0 ? 1f : 0.8f;
            best.Add(Phrase(Index.ConceptText, terms, 3f * own));
            best.Add(Phrase(Index.Recommendation, terms, 1f * own));
            if (p == 0)
            {
                best.Add(Phrase(Index.Title, terms, 1.5f));
            }
        }

        return best;
    }

    private static Query Phrase(string field, (string Term, int Position)[] terms, float boost)
    {
        if (terms.Length == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Slop = 2, Boost = boost };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    /// <summary>The Lucene index over the corpus: one document per statement.</summary>
    private sealed class Index
    {
        public const string ConceptKey = "concept_key";
        public const string ConceptText = "concepts";
        public const string Title = "title";
        public const string Recommendation = "recommendation";
        private const string Ordinal = "ord";

        public ClinicalAnalyzer Analyzer { get; } = new();
        public IndexSearcher Searcher { get; }
        public IReadOnlyList<GuidelineStatement> Statements { get; }
        public int[] Ordinals { get; }

        public Index(GuidelineCorpus corpus)
        {
            Statements = corpus.Statements;
            var directory = new RAMDirectory();
            var config = new IndexWriterConfig(ClinicalAnalyzer.Version, Analyzer) { Similarity = new BM25Similarity() };
            using (var writer = new IndexWriter(directory, config))
            {
                for (var i = 0; i < Statements.Count; i++)
                {
                    writer.AddDocument(Document(Statements[i], i));
                }

                writer.ForceMerge(1);
                writer.Commit();
            }

            var reader = DirectoryReader.Open(directory);
            Searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            Ordinals = new int[reader.MaxDoc];
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                Ordinals[doc] = reader.Document(doc).GetField(Ordinal).GetInt32Value() ?? 0;
            }
        }

        private static Document Document(GuidelineStatement s, int ordinal)
        {
            var document = new Document
            {
                new StoredField(Ordinal, ordinal),
                new TextField(Title, s.Title, Field.Store.NO),
                new TextField(Recommendation, s.Recommendation, Field.Store.NO),
                new TextField("organisation", s.Organisation, Field.Store.NO),
            };
            foreach (var concept in s.Concepts)
            {
                document.Add(new StringField(ConceptKey, ClinicalSynonyms.Normalize(concept), Field.Store.NO));
                document.Add(new TextField(ConceptText, concept, Field.Store.NO));
            }

            return document;
        }
    }
}

/// <summary>A corpus statement and its relevance score for one query.</summary>
public sealed record RankedStatement(GuidelineStatement Statement, float Score);
