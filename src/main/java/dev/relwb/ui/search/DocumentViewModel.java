package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.service.workbench.DocumentDetail;
import dev.relwb.service.workbench.Hit;
import dev.relwb.service.workbench.Retrieval;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The document pane: loads the selected hit's text, provenance and BM25 explanation in the
/// background, and describes its cross-encoder score (logit, score, truncation).
public final class DocumentViewModel {
  private final Retrieval retrieval;
  private final TaskRunner runner;
  private final SearchViewModel search;
  private final ObjectProperty<DocumentDetail> detail = new SimpleObjectProperty<>();
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
    Hit hit = doc == null ? null : search.hits().stream().filter(h -> h.doc().equals(doc)).findFirst().orElse(null);
    if (hit == null) {
      detail.set(null);
      return;
    }
    String ws = search.workspaceName();
    String q = search.query().get();
    loading = runner.run("Load document", ctx -> retrieval.document(ws, hit, q),
        JobCallbacks.<DocumentDetail>of(detail::set, search::fail));
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
    crossEncoder.set(String.format(Locale.ROOT, "mono-XM (%s): score %.4f · logit %.3f · rank %d %s",
        search.reranked().language().get(), row.score(), row.logit(), row.rank(), row.movement()));
    truncation.set(row.truncatedTokens() > 0
        ? "The passage was cut at the max length: " + row.truncatedTokens() + " tokens were not scored." : "");
  }

  /// The loaded detail, or null.
  public ObjectProperty<DocumentDetail> detail() {
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

  /// The words to highlight: the ones BM25 matched in the selected hit's snippet (analyzer-aware,
  /// so no stopwords), else the query's words of at least 4 characters.
  public List<String> highlightTerms() {
    DocId doc = search.judging().selected().get();
    String snippet = search.hits().stream().filter(h -> h.doc().equals(doc)).map(Hit::snippet).findFirst().orElse("");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<b>(.*?)</b>").matcher(snippet);
    java.util.Set<String> words = new java.util.LinkedHashSet<>();
    while (m.find()) {
      words.add(m.group(1).toLowerCase(Locale.ROOT).strip());
    }
    if (!words.isEmpty()) {
      return List.copyOf(words);
    }
    String q = search.query().get() == null ? "" : search.query().get();
    return Arrays.stream(q.toLowerCase(Locale.ROOT).split("[\\p{Punct}\\s]+"))
        .filter(w -> w.codePointCount(0, w.length()) >= 4).distinct().toList();
  }
}
