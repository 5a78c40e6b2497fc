package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.judge.Judgment;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.service.QueryMetrics;
import dev.relwb.service.Retrieval;
import dev.relwb.service.SearchQuery;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The extra first-stage column of a cluster workspace: the ranking of a second query template (the
/// "vs" template), its rows with rank moves against the first template's list and judged marks, its
/// live metrics, and the job that searches it.
public final class TemplateList {
  private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<QueryMetrics> metrics = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final StringProperty title = new SimpleStringProperty("");
  private List<Hit> hits = List.of();
  private String template;
  private JobHandle job;

  /// The rows, best first.
  public ObservableList<ResultRow> rows() {
    return rows;
  }

  /// Live metrics of this ranking.
  public ObjectProperty<QueryMetrics> metrics() {
    return metrics;
  }

  /// The column title, e.g. `OpenSearch · phrase`.
  public StringProperty title() {
    return title;
  }

  /// The hits of this template, best first.
  public List<Hit> hits() {
    return hits;
  }

  /// The template these hits come from (null before a search).
  String template() {
    return template;
  }

  /// Whether the search is still running.
  public boolean running() {
    return job != null && !job.isDone() && !job.isCancelled();
  }

  /// Searches `query` with template `name` in workspace `ws` in its own job, titled `shownTitle`;
  /// `shown` runs (on the FX thread) once its hits are in, `fail` on an error.
  void search(TaskRunner runner, Retrieval retrieval, String ws, SearchQuery query, String name, String shownTitle,
      Runnable shown, Consumer<Throwable> fail) {
    JobHandle h = new JobHandle("Search (template " + name + ")");
    start(h, name, shownTitle);
    runner.run(h, ctx -> retrieval.search(ws, query.withTemplate(name)), JobCallbacks.<SearchPage>of(page -> {
      show(page.hits());
      shown.run();
    }, fail));
  }

  void start(JobHandle handle, String name, String shownTitle) {
    clear();
    job = handle;
    template = name;
    title.set(shownTitle);
  }

  void stop() {
    if (job != null) {
      job.cancel();
    }
  }

  void clear() {
    stop();
    hits = List.of();
    template = null;
    rows.clear();
    metrics.set(QueryMetrics.EMPTY);
  }

  void show(List<Hit> found) {
    hits = List.copyOf(found);
  }

  /// Rebuilds the rows: rank moves against `first` (the first template's hits), marks from `judgments`.
  void rebuild(List<Hit> first, Map<DocId, Judgment> judgments) {
    Map<DocId, Integer> firstRank = new HashMap<>();
    for (int i = 0; i < first.size(); i++) {
      firstRank.putIfAbsent(ResultRow.docOf(first.get(i)), i + 1);
    }
    List<ResultRow> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit h = hits.get(i);
      DocId doc = ResultRow.docOf(h);
      out.add(new ResultRow(h, i + 1, h.score(), Double.NaN, ResultRow.movement(i + 1, firstRank.getOrDefault(doc,
          0)), judgments.get(doc), 0));
    }
    rows.setAll(out);
  }

  /// The documents of this ranking, in order.
  List<DocId> ranking() {
    return hits.stream().map(ResultRow::docOf).toList();
  }
}
