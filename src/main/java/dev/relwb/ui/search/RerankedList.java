package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.search.Snippet;
import dev.relwb.service.MaxPInput;
import dev.relwb.service.RerankedPassage;
import dev.relwb.ui.support.JobHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One mono-XM list while it streams in, aggregated MaxP-style: the documents being reranked and
/// their passages, the passage scores received so far, and the rows they give — each document once,
/// scored by its best passage so far (an earlier passage wins a tie), best first (ties in first-stage
/// order), showing the winning passage. Also the running job and its progress line (in passages).
public final class RerankedList {
  private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
  private final Map<Integer, RerankedPassage> scores = new TreeMap<>();
  private final List<Hit> passages = new ArrayList<>();
  private final List<Integer> owner = new ArrayList<>();
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty progressText = new SimpleStringProperty("");
  private final StringProperty language = new SimpleStringProperty("");
  private List<MaxPInput.Document> documents = List.of();
  private JobHandle job;

  /// The rows, best first: one per document with at least one scored passage.
  public ObservableList<ResultRow> rows() {
    return rows;
  }

  /// Fraction of passages scored (0–1).
  public DoubleProperty progress() {
    return progress;
  }

  /// "12 / 20 passages scored · ETA 3 s", or a final summary.
  public StringProperty progressText() {
    return progressText;
  }

  /// The adapter language of this list.
  public StringProperty language() {
    return language;
  }

  /// Whether scores are still arriving.
  public boolean running() {
    return job != null && !job.isDone() && !job.isCancelled();
  }

  /// How many passages are being scored (all documents together).
  public int passageCount() {
    return passages.size();
  }

  /// How many passages have a score so far.
  public int scoredCount() {
    return scores.size();
  }

  void start(JobHandle handle, String lang) {
    stop();
    job = handle;
    language.set(lang);
  }

  /// Cancels the running job, if any.
  public void stop() {
    if (job != null) {
      job.cancel();
    }
  }

  void clear() {
    stop();
    expect(List.of());
    rows.clear();
    progressText.set("");
  }

  /// Sets the documents and the passages of each that the streamed batches score (request order:
  /// document by document).
  void expect(List<MaxPInput.Document> docs) {
    scores.clear();
    passages.clear();
    owner.clear();
    documents = List.copyOf(docs);
    for (int d = 0; d < documents.size(); d++) {
      for (Hit p : documents.get(d).passages()) {
        passages.add(p);
        owner.add(d);
      }
    }
    progress.set(0);
  }

  /// Adds one streamed batch of passage scores.
  void add(List<RerankedPassage> batch, Map<DocId, Judgment> judgments) {
    for (RerankedPassage s : batch) {
      if (s.index() >= 0 && s.index() < passages.size()) {
        scores.put(s.index(), s);
      }
    }
    progress.set(passages.isEmpty() ? 1 : (double) scores.size() / passages.size());
    rebuild(judgments);
  }

  void rebuild(Map<DocId, Judgment> judgments) {
    RerankedPassage[] best = new RerankedPassage[documents.size()];
    for (RerankedPassage s : scores.values()) {
      int d = owner.get(s.index());
      if (best[d] == null || s.logit() > best[d].logit()) {
        best[d] = s;
      }
    }
    List<Integer> order = IntStream.range(0, best.length).filter(d -> best[d] != null).boxed()
        .sorted(Comparator.comparingDouble((Integer d) -> best[d].logit()).reversed()).toList();
    List<ResultRow> out = new ArrayList<>(order.size());
    for (int d : order) {
      RerankedPassage s = best[d];
      Hit doc = documents.get(d).hit();
      Hit shown = shownPassage(doc, passages.get(s.index()));
      int rank = out.size() + 1;
      out.add(new ResultRow(shown, rank, s.score(), s.logit(), ResultRow.movement(rank, doc.rank()),
          judgments.get(ResultRow.docOf(doc)), s.truncatedTokens()));
    }
    rows.setAll(out);
  }

  /// The hit a row shows for document `doc` whose passage `p` won: the first-stage hit itself (with its
  /// highlighted snippet) when that passage won, else the passage with the document's rank and score.
  static Hit shownPassage(Hit doc, Hit p) {
    if (p == doc || p.id().equals(doc.id())) {
      return doc;
    }
    String text = p.text() == null ? "" : p.text();
    Snippet snippet = p.snippet() != null ? p.snippet() : new Snippet(text, List.of());
    return new Hit(doc.rank(), p.id(), doc.docId(), p.passage(), p.passages(), p.title() == null ? doc.title()
        : p.title(), text, p.path() == null ? doc.path() : p.path(), p.language() == null ? doc.language()
        : p.language(), p.start(), p.end(), doc.score(), snippet, null);
  }

  /// The ranking a run would hold: scored documents by score, then the rest in first-stage order.
  List<DocId> effectiveRanking(List<Hit> hits) {
    List<DocId> order = new ArrayList<>();
    Set<DocId> seen = new HashSet<>();
    for (ResultRow r : rows) {
      order.add(r.doc());
      seen.add(r.doc());
    }
    for (Hit h : hits) {
      if (seen.add(ResultRow.docOf(h))) {
        order.add(ResultRow.docOf(h));
      }
    }
    return order;
  }
}
