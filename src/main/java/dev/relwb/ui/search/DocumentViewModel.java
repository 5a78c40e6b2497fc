package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.search.Hit;
import dev.relwb.service.Retrieval;
import dev.relwb.service.SearchQuery;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The document pane: loads the selected hit's whole passage with its match spans, provenance and BM25
/// explanation in the background, and describes its cross-encoder score (logit, score, truncation).
public final class DocumentViewModel {
  private final Retrieval retrieval;
  private final TaskRunner runner;
  private final SearchViewModel search;
  private final ObjectProperty<Hit> detail = new SimpleObjectProperty<>();
  private final StringProperty crossEncoder = new SimpleStringProperty("");
  private final StringProperty truncation = new SimpleStringProperty("");
  private JobHandle loading;

  /// A pane model that follows `search`'s selection.
  public DocumentViewModel(Retrieval retrieval, TaskRunner runner, SearchViewModel search) {
    this.retrieval = retrieval;
    this.runner = runner;
    this.search = search;
    search.judging().selected().addListener((o, a, doc) -> load(doc));
    search.reranked().rows().addListener((javafx.collections.ListChangeListener<ResultRow>) c ->
        describeScore(search.judging().selected().get()));
  }

  private void load(DocId doc) {
    if (loading != null) {
      loading.cancel();
    }
    describeScore(doc);
    ShownHit shown = search.shownHit(doc);
    if (shown == null) {
      detail.set(null);
      return;
    }
    String ws = search.workspaceName();
    Hit hit = shown.hit();
    SearchQuery q = shown.query();
    loading = runner.run("Load document", ctx -> retrieval.document(ws, q, hit),
        JobCallbacks.<Hit>of(detail::set, search::fail));
  }

  private void describeScore(DocId doc) {
    ResultRow row = doc == null ? null
        : search.reranked().rows().stream().filter(r -> r.doc().equals(doc)).findFirst().orElse(null);
    if (doc == null) {
      crossEncoder.set("");
      truncation.set("");
      return;
    }
    if (row == null) {
      crossEncoder.set(search.modelAvailable().get() ? "Not reranked" : "No model loaded (BM25-only mode)");
      truncation.set("");
      return;
    }
    String passage = row.hit().passages() > 1
        ? String.format(Locale.ROOT, " · best passage %d of %d", row.hit().passage() + 1, row.hit().passages()) : "";
    crossEncoder.set(String.format(Locale.ROOT, "mono-XM (%s): score %.4f · logit %.3f · rank %d %s%s",
        search.reranked().language().get(), row.score(), row.logit(), row.rank(), row.movement(), passage));
    truncation.set(row.truncatedTokens() > 0
        ? "The passage was cut at the max length: " + row.truncatedTokens() + " tokens were not scored." : "");
  }

  /// The selected hit as loaded for the pane (whole passage with match spans, explanation), or null.
  public ObjectProperty<Hit> detail() {
    return detail;
  }

  /// The cross-encoder line for the selected document.
  public StringProperty crossEncoder() {
    return crossEncoder;
  }

  /// A truncation notice, empty when nothing was cut.
  public StringProperty truncation() {
    return truncation;
  }
}
