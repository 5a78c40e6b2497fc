package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import java.util.List;
import java.util.Map;

/// One row of a ranking list: the hit, its rank and score in this list, the cross-encoder logit
/// (NaN in the BM25 list), the movement against BM25 (`▲3`, `▼2`, `=`, `new`, or empty), the
/// current judgment (null when unjudged) and the truncated-token count of its pair.
public record ResultRow(Hit hit, int rank, double score, double logit, String movement, Judgment judgment,
    int truncatedTokens) {

  /// The row's document.
  public DocId doc() {
    return docOf(hit);
  }

  /// The document of a hit.
  static DocId docOf(Hit hit) {
    return new DocId(hit.docId());
  }

  /// Whether the document has no grade yet.
  public boolean unjudged() {
    return judgment == null || !judgment.isGraded();
  }

  /// The same row with another judgment.
  public ResultRow withJudgment(Judgment j) {
    return new ResultRow(hit, rank, score, logit, movement, j, truncatedTokens);
  }

  /// The movement label of a document ranked `rank` here and `bm25Rank` by BM25 (0 = not in BM25).
  public static String movement(int rank, int bm25Rank) {
    if (bm25Rank <= 0) {
      return "new";
    }
    int d = bm25Rank - rank;
    return d > 0 ? "▲" + d : d < 0 ? "▼" + (-d) : "=";
  }

  /// The rows of a first-stage list: each hit with its rank, score and current judgment.
  static List<ResultRow> firstStage(List<Hit> hits, Map<DocId, Judgment> judgments) {
    return hits.stream().map(h -> new ResultRow(h, h.rank(), h.score(), Double.NaN, "", judgments.get(docOf(h)), 0))
        .toList();
  }
}
