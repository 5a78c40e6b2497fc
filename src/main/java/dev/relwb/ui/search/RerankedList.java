package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.service.RerankedPassage;
import dev.relwb.ui.support.JobHandle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One mono-XM list while it streams in: the scores received so far and the rows they give
/// (scored hits by descending score), the running job, and its progress line.
public final class RerankedList {
  private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
  private final Map<Integer, RerankedPassage> scores = new HashMap<>();
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty progressText = new SimpleStringProperty("");
  private final StringProperty language = new SimpleStringProperty("");
  private JobHandle job;

  /// The rows, best first.
  public ObservableList<ResultRow> rows() {
    return rows;
  }

  /// Fraction of pairs scored (0–1).
  public DoubleProperty progress() {
    return progress;
  }

  /// "12 / 20 · ETA 3 s", or a final summary.
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
    scores.clear();
    rows.clear();
    progress.set(0);
    progressText.set("");
  }

  /// Adds one streamed batch of the `total` pairs being scored.
  void add(List<RerankedPassage> batch, int total, List<Hit> hits, Map<DocId, Judgment> judgments) {
    for (RerankedPassage s : batch) {
      scores.put(s.index(), s);
    }
    progress.set(total == 0 ? 1 : (double) scores.size() / total);
    rebuild(hits, judgments);
  }

  void rebuild(List<Hit> hits, Map<DocId, Judgment> judgments) {
    List<RerankedPassage> sorted = new ArrayList<>(scores.values());
    sorted.sort(Comparator.comparingDouble(RerankedPassage::score).reversed()
        .thenComparingInt(RerankedPassage::index));
    List<ResultRow> out = new ArrayList<>(sorted.size());
    for (RerankedPassage s : sorted) {
      Hit hit = hits.get(s.index());
      int rank = out.size() + 1;
      out.add(new ResultRow(hit, rank, s.score(), s.logit(), ResultRow.movement(rank, hit.rank()),
          judgments.get(ResultRow.docOf(hit)), s.truncatedTokens()));
    }
    rows.setAll(out);
  }

  /// The ranking a run would hold: scored hits by score, then the rest in BM25 order.
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
