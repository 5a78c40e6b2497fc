package dev.relwb.ui.search;

import dev.relwb.cluster.ClusterConfig;
import dev.relwb.cluster.QueryTemplate;
import dev.relwb.core.WorkbenchException;
import dev.relwb.search.SearchPage;
import dev.relwb.service.Clusters;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The first stage of the searched workspace: its local index (BM25), or a search cluster whose first
/// stage comes from named query templates — the template that fills the first list, and the optional
/// "vs" template whose ranking is shown as an extra column. Refreshed when the workspace changes.
public final class FirstStages {
  private final Clusters clusters;
  private final BooleanProperty cluster = new SimpleBooleanProperty(false);
  private final StringProperty engine = new SimpleStringProperty("");
  private final ObservableList<String> templates = FXCollections.observableArrayList();
  private final StringProperty template = new SimpleStringProperty();
  private final StringProperty vsTemplate = new SimpleStringProperty();
  private boolean refreshing;

  FirstStages(Clusters clusters) {
    this.clusters = clusters;
  }

  /// Reads the connection and templates of `workspace` (a local index: no templates); selects the
  /// default template and turns the "vs" column off.
  void refresh(String workspace) {
    refreshing = true;
    try {
      Optional<ClusterConfig> config = config(workspace);
      vsTemplate.set(null);
      List<String> names = config.isEmpty() ? List.of()
          : clusters.templates(workspace).stream().map(QueryTemplate::name).toList();
      engine.set(config.map(c -> c.engine().shown()).orElse(""));
      templates.setAll(names);
      template.set(names.isEmpty() ? null : names.getFirst());
      cluster.set(config.isPresent());
    } finally {
      refreshing = false;
    }
  }

  private Optional<ClusterConfig> config(String workspace) {
    if (workspace == null || workspace.isBlank()) {
      return Optional.empty();
    }
    try {
      return clusters.config(workspace);
    } catch (WorkbenchException e) {
      return Optional.empty();
    }
  }

  /// Whether a change comes from [#refresh] rather than from the user.
  boolean refreshing() {
    return refreshing;
  }

  /// The column title of the first stage filled by `name`: `BM25`, or `OpenSearch · name`.
  String title(String name) {
    return cluster.get() ? engine.get() + " · " + name : "BM25";
  }

  /// The status line of a first-stage answer analysed as `language`: `10 BM25 hits · analyzer en` for a
  /// local index, `10 hits · OpenSearch template default` for a cluster, then the notices.
  String statusLine(SearchPage page, String language) {
    int n = page.hits().size();
    String notice = page.notices().isEmpty() ? "" : " · " + String.join(" · ", page.notices());
    if (cluster.get()) {
      return n + " hits · " + page.analyzer() + notice;
    }
    return n + " BM25 hits" + (n == 0 ? "" : " · analyzer " + language) + notice;
  }

  /// Whether the workspace searches a cluster (the template boxes show).
  public BooleanProperty cluster() {
    return cluster;
  }

  /// The cluster's product name (`OpenSearch`, `Solr`), empty for a local index.
  public StringProperty engine() {
    return engine;
  }

  /// The workspace's query template names, the default first; empty for a local index.
  public ObservableList<String> templates() {
    return templates;
  }

  /// The template of the first stage (null for a local index).
  public StringProperty template() {
    return template;
  }

  /// The template of the extra first-stage column, or null when it is off ("none").
  public StringProperty vsTemplate() {
    return vsTemplate;
  }
}
