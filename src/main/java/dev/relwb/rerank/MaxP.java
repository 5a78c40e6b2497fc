package dev.relwb.rerank;

import dev.relwb.rerank.model.ScoreActivation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// MaxP: a long document is scored per passage, and its score is its best passage's score.
public final class MaxP {
  private MaxP() { }

  /// One document's MaxP verdict.
  ///
  /// @param docId       the document
  /// @param logit       the best passage's logit
  /// @param score       the best passage's score (the activation of its logit, sigmoid by default)
  /// @param bestPassage index (into the scored passages) of the passage that won
  /// @param passages    how many of its passages were scored
  public record DocumentScore(String docId, float logit, float score, int bestPassage, int passages) { }

  /// Groups passages by their parent document and keeps each document's best passage.
  /// `docIds[i]` is the parent of passage `i`, `logits[i]` its logit. The result is best first;
  /// ties keep the order of first appearance, and within a document the earlier passage wins a tie.
  public static List<DocumentScore> documents(List<String> docIds, float[] logits) {
    return documents(docIds, logits, ScoreActivation.SIGMOID);
  }

  /// Like [#documents(List, float[])], scoring each best logit with the model's `activation`.
  public static List<DocumentScore> documents(List<String> docIds, float[] logits, ScoreActivation activation) {
    if (docIds.size() != logits.length) {
      throw new IllegalArgumentException(docIds.size() + " doc ids for " + logits.length + " logits");
    }
    Map<String, int[]> best = new LinkedHashMap<>();
    for (int i = 0; i < logits.length; i++) {
      int[] b = best.get(docIds.get(i));
      if (b == null) {
        best.put(docIds.get(i), new int[] {i, 1});
      } else {
        b[1]++;
        if (logits[i] > logits[b[0]]) {
          b[0] = i;
        }
      }
    }
    List<DocumentScore> out = new ArrayList<>(best.size());
    best.forEach((doc, b) -> out.add(new DocumentScore(doc, logits[b[0]], activation.apply(logits[b[0]]), b[0], b[1])));
    out.sort(Comparator.comparingDouble(DocumentScore::logit).reversed());
    return out;
  }
}
