package dev.relwb.ui.search;

import dev.relwb.service.LanguageOption;
import dev.relwb.service.QueryMetrics;
import dev.relwb.service.RerankerInfo;
import dev.relwb.ui.support.UiMessages;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One reranker column of the search view: its model (from the *Models* list), the model's description
/// once loaded, its own adapter language (when the model has adapters), the streamed MaxP list, its live
/// metrics and its header (the model's name, or why it failed).
public final class RerankerColumn {
  private final int index;
  private final RerankedList list;
  private final ObjectProperty<ModelChoice> model;
  private final ObjectProperty<RerankerInfo> info = new SimpleObjectProperty<>();
  private final ObservableList<LanguageOption> languages = FXCollections.observableArrayList(LanguageOption.AUTO);
  private final ObjectProperty<LanguageOption> language = new SimpleObjectProperty<>(LanguageOption.AUTO);
  private final ObjectProperty<QueryMetrics> metrics = new SimpleObjectProperty<>(QueryMetrics.EMPTY);
  private final StringProperty header = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  RerankerColumn(int index, RerankedList list, ModelChoice initial) {
    this.index = index;
    this.list = list;
    this.model = new SimpleObjectProperty<>(initial);
    header.set(initial.off() ? "Reranker " + (index + 1) + " (off)" : initial.label());
  }

  /// The column's position among the reranker columns (0 = the first, next to the first stage).
  public int index() {
    return index;
  }

  /// Whether the column has a model other than the loaded one (or is off).
  boolean ownModel() {
    ModelChoice m = model.get();
    return m != null && m.location() != null && !m.off();
  }

  /// Whether the column is off.
  boolean off() {
    return model.get() == null || model.get().off();
  }

  /// The location sent with the requests (null: the loaded model).
  String location() {
    return ownModel() ? model.get().location() : null;
  }

  void loading() {
    error.set("");
    info.set(null);
    list.clear();
    header.set(off() ? "Reranker " + (index + 1) + " (off)" : model.get().label() + " · loading…");
  }

  void loaded(RerankerInfo i) {
    error.set("");
    info.set(i);
    List<LanguageOption> opts = new ArrayList<>();
    opts.add(LanguageOption.AUTO);
    opts.addAll(i.languageOptions());
    LanguageOption keep = language.get();
    languages.setAll(opts);
    language.set(opts.stream().filter(o -> keep != null && o.code().equals(keep.code())).findFirst()
        .orElse(LanguageOption.AUTO));
    header.set(model.get().label() + (i.languages().isEmpty() ? "" : " · " + i.languages().size() + " adapters"));
  }

  /// Marks the column failed: the header says why; the other columns keep working.
  void failed(Throwable e) {
    String why = UiMessages.shortMessage(e);
    error.set(why);
    list.clear();
    list.progressText().set("");
    header.set("⚠ " + (model.get() == null ? "" : model.get().label() + ": ") + why);
  }

  /// Whether the column can rerank now: a model chosen, described and not failed.
  boolean ready() {
    return !off() && info.get() != null && error.get().isEmpty();
  }

  /// Whether the model has adapter languages to choose from.
  public boolean hasAdapters() {
    return info.get() != null && !info.get().languages().isEmpty();
  }

  /// The chosen model.
  public ObjectProperty<ModelChoice> model() {
    return model;
  }

  /// The chosen model's description, once loaded (null before, or after a failure).
  public ObjectProperty<RerankerInfo> info() {
    return info;
  }

  /// Auto, then the model's adapter languages.
  public ObservableList<LanguageOption> languages() {
    return languages;
  }

  /// The adapter language of this column.
  public ObjectProperty<LanguageOption> language() {
    return language;
  }

  /// The streamed ranking.
  public RerankedList list() {
    return list;
  }

  /// Live metrics of the column's ranking.
  public ObjectProperty<QueryMetrics> metrics() {
    return metrics;
  }

  /// The header: the model's name, or "⚠ name: reason" when it failed.
  public StringProperty header() {
    return header;
  }

  /// Why the model failed ("" when it did not).
  public StringProperty error() {
    return error;
  }
}
