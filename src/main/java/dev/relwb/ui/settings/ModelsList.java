package dev.relwb.ui.settings;

import dev.relwb.service.Reranking;
import dev.relwb.service.Settings;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The *Models* list of the Model & settings tab: the folders and hub repo ids the Search tab's reranker
/// columns choose from, and the memory budget (GB of weights) of the models kept loaded side by side.
/// Every change is saved at once; the budget is handed to the reranking service.
public final class ModelsList {
  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9][\\w.-]*/[\\w.-]+(@[\\w./-]+)?");
  private final Consumer<UnaryOperator<Settings>> save;
  private final Reranking reranking;
  private final ObservableList<String> models = FXCollections.observableArrayList();
  private final DoubleProperty memoryGb = new SimpleDoubleProperty(Settings.DEFAULT_MODEL_MEMORY_GB);
  private final StringProperty entry = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");

  /// The list as `settings` hold it; `save` applies and saves a change.
  ModelsList(Settings settings, Consumer<UnaryOperator<Settings>> save, Reranking reranking) {
    this.save = save;
    this.reranking = reranking;
    models.setAll(settings.models());
    memoryGb.set(settings.modelMemoryGb());
    reranking.memoryBudget(settings.modelMemoryBytes());
    memoryGb.addListener((o, a, v) -> persist());
  }

  /// Adds the typed entry (a folder or `org/name`); a folder that does not exist, or text that is neither,
  /// is refused with a message.
  public void add() {
    String e = entry.get() == null ? "" : entry.get().strip();
    if (e.isEmpty()) {
      message.set("Type a model folder or a hub repo id (org/name) first.");
      return;
    }
    if (models.contains(e)) {
      message.set(e + " is already in the list.");
      return;
    }
    if (!REPO.matcher(e).matches() && !isFolder(e)) {
      message.set("No model folder " + e + ": give an existing folder or a hub repo id such as org/name.");
      return;
    }
    models.add(e);
    entry.set("");
    message.set("");
    persist();
  }

  private static boolean isFolder(String e) {
    try {
      return Files.isDirectory(Path.of(e));
    } catch (InvalidPathException ex) {
      return false;
    }
  }

  /// Removes `location` from the list.
  public void remove(String location) {
    if (location != null && models.remove(location)) {
      persist();
    }
  }

  private void persist() {
    List<String> list = List.copyOf(models);
    double gb = memoryGb.get();
    save.accept(s -> s.withModels(list, gb));
    reranking.memoryBudget((long) (gb * (1L << 30)));
  }

  /// The folders and hub repo ids, in the order added.
  public ObservableList<String> models() {
    return models;
  }

  /// The memory budget in GB of weights.
  public DoubleProperty memoryGb() {
    return memoryGb;
  }

  /// The text typed for a new entry.
  public StringProperty entry() {
    return entry;
  }

  /// Why the last entry was refused ("" when it was not).
  public StringProperty message() {
    return message;
  }
}
