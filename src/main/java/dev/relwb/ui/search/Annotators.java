package dev.relwb.ui.search;

import dev.relwb.service.Judging;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.TaskRunner;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The annotator chooser of the judging bar: who every judgment is recorded under (the OS user unless
/// another is chosen or remembered), the workspace's annotators to pick from, and adding a new one.
public final class Annotators {
  private final Judging judging;
  private final TaskRunner runner;
  private final Supplier<String> workspace;
  private final Consumer<Throwable> fail;
  private final StringProperty name;
  private final ObservableList<String> names = FXCollections.observableArrayList();

  Annotators(Judging judging, TaskRunner runner, Supplier<String> workspace, Consumer<Throwable> fail) {
    this.judging = judging;
    this.runner = runner;
    this.workspace = workspace;
    this.fail = fail;
    this.name = new SimpleStringProperty(judging.defaultAnnotator());
    names.setAll(merged(List.of()));
  }

  /// Reads the workspace's annotators again (the chosen one and the OS user are always listed).
  public void refresh() {
    String ws = workspace.get();
    if (ws == null || ws.isBlank()) {
      return;
    }
    runner.run("Read annotators", ctx -> judging.annotators(ws), JobCallbacks.<List<String>>of(
        known -> names.setAll(merged(known)), fail));
  }

  /// Judges as `chosen` from now on (blank: the OS user); a name the workspace does not know yet is
  /// added to it.
  public void choose(String chosen) {
    String n = chosen == null || chosen.isBlank() ? judging.defaultAnnotator() : chosen.strip();
    name.set(n);
    String ws = workspace.get();
    if (names.contains(n) || ws == null || ws.isBlank()) {
      names.setAll(merged(names));
      return;
    }
    names.setAll(merged(names));
    runner.run("Add annotator", ctx -> {
      judging.addAnnotator(ws, n);
      return judging.annotators(ws);
    }, JobCallbacks.<List<String>>of(known -> names.setAll(merged(known)), fail));
  }

  /// Starts with the remembered annotator `saved` (blank: the OS user) and tells `onChange` each later
  /// choice, to remember it.
  public void remember(String saved, Consumer<String> onChange) {
    if (saved != null && !saved.isBlank()) {
      name.set(saved.strip());
      names.setAll(merged(names));
    }
    name.addListener((o, a, n) -> onChange.accept(n));
  }

  private List<String> merged(List<String> known) {
    TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    all.addAll(known);
    all.add(judging.defaultAnnotator());
    all.add(name.get());
    return List.copyOf(all);
  }

  /// The annotator judgments are recorded under.
  public StringProperty name() {
    return name;
  }

  /// The annotators to choose from, by name.
  public ObservableList<String> names() {
    return names;
  }
}
