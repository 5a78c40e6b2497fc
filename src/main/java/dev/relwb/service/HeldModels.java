package dev.relwb.service;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The models `RerankService` keeps loaded beside its default one, keyed by location (folder or hub repo
/// id), least recently used first, with the size of their weights (the bytes of their safetensors files).
/// Used on the inference thread only, except [#budget], which may be set from any thread.
final class HeldModels {
  private static final Logger LOG = LoggerFactory.getLogger(HeldModels.class);
  private final Map<String, Entry> models = new LinkedHashMap<>(16, 0.75f, true);
  private volatile long budget;

  private record Entry(Object model, long bytes) { }

  /// No models, with a budget of `gb` GB of weights.
  HeldModels(double gb) {
    this.budget = (long) (gb * (1L << 30));
  }

  /// Sets the budget in bytes (≤ 0: the default).
  void budget(long bytes) {
    this.budget = bytes > 0 ? bytes : (long) (Settings.DEFAULT_MODEL_MEMORY_GB * (1L << 30));
  }

  /// The budget in bytes.
  long budget() {
    return budget;
  }

  /// The model kept for `location` (and marks it most recently used), or null.
  @SuppressWarnings("unchecked")
  <T> T get(String location) {
    Entry e = models.get(location);
    return e == null ? null : (T) e.model();
  }

  /// Keeps `model` for `location`.
  void put(String location, Object model, long bytes) {
    models.put(location, new Entry(model, bytes));
  }

  /// The locations kept, least recently used first.
  List<String> locations() {
    return new ArrayList<>(models.keySet());
  }

  /// Unloads the least recently used models until one of `bytes` fits beside the others and the default
  /// model's `defaultBytes` (a model larger than the whole budget is still loaded, alone).
  void makeRoom(long bytes, long defaultBytes, Consumer<Object> close) {
    long used = defaultBytes + models.values().stream().mapToLong(Entry::bytes).sum();
    Iterator<Map.Entry<String, Entry>> it = models.entrySet().iterator();
    while (used + bytes > budget && it.hasNext()) {
      Map.Entry<String, Entry> eldest = it.next();
      it.remove();
      used -= eldest.getValue().bytes();
      LOG.info("Unloading the model {} ({} MB of weights) to stay within the {} MB budget", eldest.getKey(),
          mb(eldest.getValue().bytes()), mb(budget));
      close.accept(eldest.getValue().model());
    }
  }

  /// Unloads every model.
  void clear(Consumer<Object> close) {
    models.values().forEach(e -> close.accept(e.model()));
    models.clear();
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }

  /// The bytes of the safetensors files in `folder` (shards included; not its subfolders).
  static long weightBytes(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".safetensors") && Files.isRegularFile(f))
          .mapToLong(HeldModels::size).sum();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list the model folder " + folder + ": check that it is readable", e);
    }
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
