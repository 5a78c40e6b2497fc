package dev.relwb.search;

import dev.relwb.index.AnalyzerFactory;
import dev.relwb.index.Fields;
import dev.relwb.index.IndexHandle;
import dev.relwb.ingest.LanguageDetector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;

/// BM25 search over a local Lucene index (`IndexHandle`).
///
/// The query is analysed for its language (given, or detected from the query) and run against
/// that language's field `body_<key>`. When the index holds no document in that language, or the
/// language cannot be detected, every language field is searched, each with its own analyzer, and
/// a notice says so. Hits are ordered by score, then by id descending (trec_eval's tie rule).
public final class LuceneBm25Searcher implements Searcher {
  private final IndexHandle handle;
  private final LanguageDetector detector;

  /// A searcher over `handle`, detecting query languages with `detector`.
  public LuceneBm25Searcher(IndexHandle handle, LanguageDetector detector) {
    this.handle = handle;
    this.detector = detector;
  }

  @Override
  public SearchPage search(SearchRequest req) {
    long t0 = System.nanoTime();
    return handle.withSearcher(shared -> {
      Prepared p = prepare(shared, req);
      Candidates c = candidates(p.searcher(), p.query(), req);
      List<Hit> hits = decorate(p, req, c.hits());
      double ms = (System.nanoTime() - t0) / 1e6;
      return new SearchPage(req.query(), p.language(), p.analyzerName(), hits, c.total(), p.notices(), ms);
    });
  }

  @Override
  public Optional<Hit> hit(SearchRequest req, String passageId) {
    return handle.withSearcher(shared -> {
      Prepared p = prepare(shared, req);
      TopDocs td = p.searcher().search(new TermQuery(new Term(Fields.ID, passageId)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.<Hit>empty();
      }
      int doc = td.scoreDocs[0].doc;
      Explanation why = p.searcher().explain(p.query(), doc);
      float score = why.isMatch() ? why.getValue().floatValue() : 0f;
      String docId = docValues(p.searcher(), Fields.DOC_ID, td.scoreDocs)[0];
      return Optional.of(decorate(p, req, List.of(new Candidate(doc, score, passageId, docId))).getFirst());
    });
  }

  @Override
  public List<Hit> passages(Hit hit) {
    if (hit.passages() <= 1) {
      return List.of(hit.withRank(0));
    }
    return handle.withSearcher(s -> {
      TopDocs td = s.search(new TermQuery(new Term(Fields.DOC_ID, hit.docId())), Math.max(1, hit.passages() * 2));
      var stored = s.storedFields();
      List<Hit> out = new ArrayList<>(td.scoreDocs.length);
      for (ScoreDoc sd : td.scoreDocs) {
        Document d = stored.document(sd.doc);
        out.add(new Hit(0, d.get(Fields.ID), d.get(Fields.DOC_ID), intOf(d, Fields.PASSAGE), intOf(d, Fields.PASSAGES),
            d.get(Fields.TITLE), d.get(Fields.TEXT), d.get(Fields.PATH), d.get(Fields.LANG), intOf(d, Fields.START),
            intOf(d, Fields.END), 0, null, null));
      }
      out.sort(Comparator.comparingInt(Hit::passage));
      return out.isEmpty() ? List.of(hit.withRank(0)) : out;
    });
  }

  /// What every search of one request shares: the language, the fields searched with their analyzers,
  /// the Lucene query, the BM25 searcher and the notices so far.
  private record Prepared(String language, String key, Map<String, Analyzer> fields, Query query,
      IndexSearcher searcher, List<String> notices, AnalyzerFactory analyzers) {
    String analyzerName() {
      return fields.size() == 1 ? analyzers.analyzerName(key) : "per-language analyzers";
    }

    Analyzer highlightAnalyzer() {
      return fields.size() == 1 ? analyzers.forKey(key) : analyzers.forKey(AnalyzerFactory.STANDARD);
    }
  }

  private Prepared prepare(IndexSearcher shared, SearchRequest req) {
    List<String> notices = new ArrayList<>();
    AnalyzerFactory af = handle.analyzers();
    String lang = resolveLanguage(req.language(), req.query(), notices);
    String key = af.key(lang);
    Map<String, Analyzer> fields = fields(shared, af, key, lang, notices);
    Query query = query(req, fields, af, notices);
    IndexSearcher s = new IndexSearcher(shared.getIndexReader());
    s.setSimilarity(new BM25Similarity(req.bm25().k1(), req.bm25().b()));
    return new Prepared(lang, key, fields, query, s, notices, af);
  }

  private String resolveLanguage(String requested, String query, List<String> notices) {
    if (!requested.equalsIgnoreCase("auto")) {
      return LanguageDetector.normalize(requested);
    }
    String lang = detector.detect(query);
    if (!lang.equals(LanguageDetector.UNDETERMINED)) {
      notices.add("Query language detected: " + lang);
    }
    return lang;
  }

  private static Map<String, Analyzer> fields(IndexSearcher s, AnalyzerFactory af, String key, String lang,
      List<String> notices) {
    TreeSet<String> present = new TreeSet<>();
    for (String f : FieldInfos.getIndexedFields(s.getIndexReader())) {
      if (f.startsWith(Fields.BODY_PREFIX)) {
        present.add(f);
      }
    }
    Map<String, Analyzer> out = new LinkedHashMap<>();
    if (present.contains(Fields.body(key)) || present.isEmpty()) {
      out.put(Fields.body(key), af.forKey(key));
      return out;
    }
    for (String f : present) {
      out.put(f, af.forKey(f.substring(Fields.BODY_PREFIX.length())));
    }
    notices.add(lang.equals(LanguageDetector.UNDETERMINED) ? "Query language unclear: searched every language"
        : "No documents in language '" + lang + "': searched every language, each with its own analyzer");
    return out;
  }

  private static Query query(SearchRequest req, Map<String, Analyzer> fields, AnalyzerFactory af,
      List<String> notices) {
    if (req.mode() == QueryMode.SYNTAX && usesSyntax(req.query())) {
      try {
        return LuceneQueries.syntax(List.copyOf(fields.keySet()), af.wrapper(), req.query());
      } catch (ParseException | IndexSearcher.TooManyClauses e) {
        String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        notices.add("The query is not valid query syntax (" + why + "); searched its words instead");
      }
    }
    return LuceneQueries.bagOfWords(fields, req.query());
  }

  private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile(
      "[\"+()\\[\\]{}:*~^]|(^|\\s)[-!]|\\b(AND|OR|NOT|TO)\\b|&&|\\|\\|");

  /// Whether `query` uses query syntax. A question mark alone does not count: a natural-language
  /// question should not turn its last word into a wildcard.
  static boolean usesSyntax(String query) {
    return SYNTAX.matcher(query).find();
  }

  private record Candidate(int doc, float score, String id, String docId) { }

  private record Candidates(List<Candidate> hits, long total) { }

  private static final Comparator<Candidate> ORDER = Comparator.comparingDouble((Candidate c) -> -c.score())
      .thenComparing(Candidate::id, Comparator.reverseOrder());

  private static Candidates candidates(IndexSearcher s, Query query, SearchRequest req) throws IOException {
    boolean docs = req.granularity() == Granularity.DOCUMENTS;
    int n = docs ? 2 * (req.k() + 20) : req.k() + 20;
    while (true) {
      TopDocs td = s.search(query, n);
      String[] ids = docValues(s, Fields.ID, td.scoreDocs);
      String[] docIds = docValues(s, Fields.DOC_ID, td.scoreDocs);
      List<Candidate> all = new ArrayList<>(td.scoreDocs.length);
      for (int i = 0; i < ids.length; i++) {
        all.add(new Candidate(td.scoreDocs[i].doc, td.scoreDocs[i].score, ids[i], docIds[i]));
      }
      all.sort(docs ? ORDER.thenComparing(Candidate::docId) : ORDER);
      List<Candidate> picked = docs ? bestPerDocument(all) : all;
      boolean exhausted = td.scoreDocs.length < n;
      if (!docs || picked.size() >= req.k() + 10 || exhausted) {
        long total = td.totalHits.value();
        return new Candidates(picked.subList(0, Math.min(req.k(), picked.size())), total);
      }
      n *= 4;
    }
  }

  /// The sorted doc value `field` of each hit, read leaf by leaf in doc order (one iterator per leaf).
  private static String[] docValues(IndexSearcher s, String field, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    String[] out = new String[hits.length];
    LeafReaderContext leaf = null;
    SortedDocValues dv = null;
    for (int i : order) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        dv = leaf.reader().getSortedDocValues(field);
      }
      if (dv == null || !dv.advanceExact(doc - leaf.docBase)) {
        throw new IOException("passage " + doc + " has no " + field + " value (index written by an older version? "
            + "delete the workspace index and index again)");
      }
      out[i] = dv.lookupOrd(dv.ordValue()).utf8ToString();
    }
    return out;
  }

  private static List<Candidate> bestPerDocument(List<Candidate> sorted) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : sorted) {
      best.putIfAbsent(c.docId(), c);
    }
    List<Candidate> out = new ArrayList<>(best.values());
    out.sort(Comparator.comparingDouble((Candidate c) -> -c.score())
        .thenComparing(Candidate::docId, Comparator.reverseOrder()));
    return out;
  }

  private static List<Hit> decorate(Prepared p, SearchRequest req, List<Candidate> cands) throws IOException {
    IndexSearcher s = p.searcher();
    if (!req.fetchText() && req.highlight() == Highlight.NONE && !req.explain()) {
      List<Hit> bare = new ArrayList<>(cands.size());
      for (Candidate c : cands) {
        bare.add(new Hit(bare.size() + 1, c.id(), c.docId(), 0, 0, null, null, null, null, 0, 0, c.score(),
            null, null));
      }
      return bare;
    }
    var stored = s.storedFields();
    Document[] docs = new Document[cands.size()];
    int[] ids = new int[cands.size()];
    String[] texts = new String[cands.size()];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = cands.get(i).doc();
      docs[i] = stored.document(ids[i]);
      texts[i] = docs[i].get(Fields.TEXT);
    }
    Snippet[] snippets = req.highlight() != Highlight.NONE && docs.length > 0
        ? Snippets.highlight(p.highlightAnalyzer(), p.query(), texts, req.highlight())
        : new Snippet[docs.length];
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = docs[i];
      HitExplanation ex = req.explain() ? map(s.explain(p.query(), ids[i])) : null;
      hits.add(new Hit(i + 1, d.get(Fields.ID), d.get(Fields.DOC_ID), intOf(d, Fields.PASSAGE),
          intOf(d, Fields.PASSAGES), d.get(Fields.TITLE), texts[i], d.get(Fields.PATH), d.get(Fields.LANG),
          intOf(d, Fields.START), intOf(d, Fields.END), cands.get(i).score(), snippets[i], ex));
    }
    return hits;
  }

  private static int intOf(Document d, String field) {
    var f = d.getField(field);
    return f == null ? 0 : f.numericValue().intValue();
  }

  static HitExplanation map(Explanation e) {
    return new HitExplanation(e.getValue().doubleValue(), e.getDescription(),
        Arrays.stream(e.getDetails()).map(LuceneBm25Searcher::map).toList());
  }
}
