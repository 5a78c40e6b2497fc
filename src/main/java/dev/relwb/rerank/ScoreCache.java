package dev.relwb.rerank;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/// Logits already computed, so that repeating a query costs nothing, also after a restart.
///
/// Two levels: an in-memory LRU of `memoryEntries` keys, and (optionally) a persistent SQLite store
/// bounded to `diskEntries` rows ([PersistentScoreStore]). A damaged store is discarded with a log
/// line and never fails a rerank. Thread-safe.
public final class ScoreCache implements AutoCloseable {
  /// Default number of logits kept in memory.
  public static final int DEFAULT_MEMORY_ENTRIES = 100_000;
  /// Default number of logits kept on disk (about 60 bytes each).
  public static final long DEFAULT_DISK_ENTRIES = 2_000_000;

  private final LinkedHashMap<ScoreKey, Float> memory;
  private final PersistentScoreStore store;
  private long hits;
  private long misses;

  private ScoreCache(int memoryEntries, PersistentScoreStore store) {
    this.memory = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<ScoreKey, Float> eldest) {
        return size() > memoryEntries;
      }
    };
    this.store = store;
  }

  /// A cache that lives only as long as the process.
  public static ScoreCache inMemory(int memoryEntries) {
    return new ScoreCache(memoryEntries, null);
  }

  /// A cache backed by the SQLite file `file` (created if missing; discarded and recreated if damaged).
  public static ScoreCache persistent(Path file, int memoryEntries, long diskEntries) {
    return new ScoreCache(memoryEntries, PersistentScoreStore.open(file, diskEntries));
  }

  /// The logits known for `keys` (absent keys are missing from the map).
  public synchronized Map<ScoreKey, Float> getAll(Collection<ScoreKey> keys) {
    Map<ScoreKey, Float> found = new HashMap<>();
    java.util.List<ScoreKey> notInMemory = new java.util.ArrayList<>();
    for (ScoreKey k : keys) {
      Float v = memory.get(k);
      if (v != null) {
        found.put(k, v);
      } else {
        notInMemory.add(k);
      }
    }
    if (store != null && !notInMemory.isEmpty()) {
      Map<ScoreKey, Float> fromDisk = store.getAll(notInMemory);
      memory.putAll(fromDisk);
      found.putAll(fromDisk);
    }
    hits += found.size();
    misses += keys.size() - found.size();
    return found;
  }

  /// Remembers logits, in memory and on disk.
  public synchronized void putAll(Map<ScoreKey, Float> logits) {
    memory.putAll(logits);
    if (store != null) {
      store.putAll(logits);
    }
  }

  /// Lookups answered so far.
  public synchronized long hits() {
    return hits;
  }

  /// Lookups not answered so far.
  public synchronized long misses() {
    return misses;
  }

  /// Rows in the persistent store (0 without one).
  public synchronized long diskSize() {
    return store == null ? 0 : store.size();
  }

  /// Empties both levels.
  public synchronized void clear() {
    memory.clear();
    if (store != null) {
      store.clear();
    }
  }

  @Override
  public synchronized void close() {
    if (store != null) {
      store.close();
    }
  }
}
