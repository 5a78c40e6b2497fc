package dev.relwb.service;

import dev.relwb.search.Hit;
import dev.relwb.search.Searcher;
import java.util.ArrayList;
import java.util.List;

/// What a MaxP rerank scores: for each first-stage document, up to N of its passages (the passage the
/// first stage matched first, then the others in document order). The document's reranked score is its
/// best passage's (`RerankSummary.documents()`).
public final class MaxPInput {
  /// Passages scored per document by default: a long document costs at most this many pairs.
  public static final int DEFAULT_PER_DOCUMENT = 8;

  private MaxPInput() { }

  /// One document and the passages of it to score.
  ///
  /// @param hit      the first-stage hit (the document as ranked)
  /// @param passages its passages to score, the matched one first
  public record Document(Hit hit, List<Hit> passages) {
    /// Copies the list.
    public Document {
      passages = List.copyOf(passages);
    }
  }

  /// The passages of each of `documents` from `searcher`, at most `perDocument` each (≥ 1).
  static List<Document> of(Searcher searcher, List<Hit> documents, int perDocument) {
    int cap = Math.max(1, perDocument);
    List<Document> out = new ArrayList<>(documents.size());
    for (Hit d : documents) {
      List<Hit> all = searcher.passages(d);
      List<Hit> chosen = new ArrayList<>(Math.min(cap, all.size()));
      all.stream().filter(p -> p.id().equals(d.id())).findFirst().ifPresent(chosen::add);
      for (Hit p : all) {
        if (chosen.size() >= cap) {
          break;
        }
        if (!p.id().equals(d.id())) {
          chosen.add(p);
        }
      }
      out.add(new Document(d, chosen.isEmpty() ? List.of(d) : chosen));
    }
    return out;
  }

  /// The texts to score, document by document.
  public static List<String> texts(List<Document> docs) {
    List<String> out = new ArrayList<>();
    docs.forEach(d -> d.passages().forEach(p -> out.add(p.text() == null ? "" : p.text())));
    return out;
  }

  /// The parent document id of each text of [#texts].
  public static List<String> docIds(List<Document> docs) {
    List<String> out = new ArrayList<>();
    docs.forEach(d -> d.passages().forEach(p -> out.add(d.hit().docId())));
    return out;
  }
}
