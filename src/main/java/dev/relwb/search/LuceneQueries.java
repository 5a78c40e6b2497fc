package dev.relwb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/// Builds Lucene queries from the user's text: a bag of words (each analysed term one SHOULD
/// clause, boosted by how often it occurs) or Lucene syntax, over one or several `body_<key>`
/// fields, each analysed with its own analyzer.
final class LuceneQueries {
  private LuceneQueries() { }

  /// The analysed terms of `text` with their counts, in first-seen order.
  static Map<String, Integer> terms(Analyzer analyzer, String field, String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    return counts;
  }

  /// A bag-of-words query over `fields` (field → analyzer); the clause count is capped at
  /// Lucene's limit, keeping the first terms.
  static Query bagOfWords(Map<String, Analyzer> fields, String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    for (Map.Entry<String, Analyzer> f : fields.entrySet()) {
      for (Map.Entry<String, Integer> t : terms(f.getValue(), f.getKey(), text).entrySet()) {
        if (clauses++ >= IndexSearcher.getMaxClauseCount()) {
          break;
        }
        Query q = new TermQuery(new Term(f.getKey(), t.getKey()));
        all.add(t.getValue() == 1 ? q : new BoostQuery(q, t.getValue()), BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery q = all.build();
    return q.clauses().isEmpty() ? new MatchNoDocsQuery("no terms left after analysis") : q;
  }

  /// A Lucene-syntax query over `fields`; `analyzer` must route each field to its analyzer.
  static Query syntax(List<String> fields, Analyzer analyzer, String text) throws ParseException {
    QueryParser p = fields.size() == 1 ? new QueryParser(fields.getFirst(), analyzer)
        : new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer);
    p.setDefaultOperator(QueryParser.Operator.OR);
    return p.parse(text);
  }
}
