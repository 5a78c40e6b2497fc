package dev.relwb.rerank.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Weights of one checkpoint as NDArrays: every expected key and shape is checked up front (one
/// error lists every missing or mis-shaped key), shared weights are loaded when first asked for,
/// and groups (language adapters) are loaded on demand and kept in a small LRU.
///
/// `bytesMaterialized()` counts the float32 bytes of every tensor turned into an NDArray so far
/// (zero-copy F32 views included), so tests can assert exactly what a load touched.
public final class WeightStore implements AutoCloseable {
  private final Checkpoint checkpoint;
  private final ExpectedWeights expected;
  private final NDManager manager;
  private final int groupCapacity;
  private final Map<String, NDArray> shared = new HashMap<>();
  private final LinkedHashMap<String, Group> groups = new LinkedHashMap<>(16, 0.75f, true);
  private long bytesMaterialized;

  private record Group(NDManager scope, Map<String, NDArray> arrays) { }

  /// Batches currently running with each group (batch lanes run several at once): never evicted.
  private final Map<String, Integer> inUse = new HashMap<>();

  /// Validates `checkpoint` against `expected`; arrays will live in `manager` (closed with this store,
  /// together with the checkpoint). At most `groupCapacity` groups stay loaded beyond those in use.
  public WeightStore(Checkpoint checkpoint, ExpectedWeights expected, NDManager manager, int groupCapacity) {
    this.checkpoint = checkpoint;
    this.expected = expected;
    this.manager = manager;
    this.groupCapacity = Math.max(1, groupCapacity);
    validate();
  }

  private void validate() {
    List<String> problems = new ArrayList<>();
    check(expected.shared(), problems);
    expected.groups().values().forEach(g -> check(g, problems));
    if (!problems.isEmpty()) {
      String where = checkpoint.files().isEmpty() ? "the checkpoint"
          : checkpoint.files().getFirst().path().getParent() + "";
      throw new WorkbenchException("The checkpoint in " + where + " does not match its config.json ("
          + problems.size() + " problem(s)):\n  " + String.join("\n  ", problems));
    }
  }

  private void check(Map<String, long[]> want, List<String> problems) {
    for (Map.Entry<String, long[]> e : want.entrySet()) {
      TensorInfo t = checkpoint.find(e.getKey());
      if (t == null) {
        problems.add("missing " + e.getKey() + " (expected shape " + Arrays.toString(e.getValue()) + ")");
      } else if (!Arrays.equals(t.shape(), e.getValue())) {
        problems.add("mis-shaped " + e.getKey() + ": expected " + Arrays.toString(e.getValue()) + ", found "
            + t.shapeString());
      } else if (!t.dtype().isFloatWeight()) {
        problems.add("wrong dtype " + e.getKey() + ": expected F32, F16 or BF16, found " + t.dtype());
      }
    }
  }

  /// The expected layout this store was checked against.
  public ExpectedWeights expected() {
    return expected;
  }

  /// A shared weight, loaded on first use.
  public synchronized NDArray shared(String key) {
    NDArray a = shared.get(key);
    if (a == null) {
      if (!expected.shared().containsKey(key)) {
        throw new IllegalArgumentException("not an expected shared weight: " + key);
      }
      a = load(manager, key);
      shared.put(key, a);
    }
    return a;
  }

  /// The weights of each requested group, loading missing ones and then evicting the least recently
  /// used groups that are neither requested nor in use until at most `groupCapacity` remain.
  public synchronized Map<String, Map<String, NDArray>> groups(Collection<String> names) {
    Map<String, Map<String, NDArray>> r = new LinkedHashMap<>();
    for (String name : names) {
      r.put(name, group(name).arrays());
    }
    evictExcept(Set.copyOf(names));
    return r;
  }

  /// Like [#groups], and marks them in use until [#release] with the same names: a batch running on
  /// another lane can then not evict them.
  public synchronized Map<String, Map<String, NDArray>> acquire(Collection<String> names) {
    Map<String, Map<String, NDArray>> r = groups(names);
    names.forEach(n -> inUse.merge(n, 1, Integer::sum));
    return r;
  }

  /// Ends one [#acquire] of `names`.
  public synchronized void release(Collection<String> names) {
    names.forEach(n -> inUse.computeIfPresent(n, (k, c) -> c > 1 ? c - 1 : null));
  }

  private Group group(String name) {
    Group g = groups.get(name);
    if (g != null) {
      return g;
    }
    Map<String, long[]> keys = expected.groups().get(name);
    if (keys == null) {
      throw new WorkbenchException("The model has no adapter group '" + name + "'");
    }
    NDManager scope = manager.newSubManager();
    Map<String, NDArray> arrays = new HashMap<>();
    for (String k : keys.keySet()) {
      arrays.put(k, load(scope, k));
    }
    g = new Group(scope, Map.copyOf(arrays));
    groups.put(name, g);
    return g;
  }

  private void evictExcept(Set<String> keep) {
    Iterator<Map.Entry<String, Group>> it = groups.entrySet().iterator();
    while (groups.size() > groupCapacity && it.hasNext()) {
      Map.Entry<String, Group> e = it.next();
      if (!keep.contains(e.getKey()) && !inUse.containsKey(e.getKey())) {
        e.getValue().scope().close();
        it.remove();
      }
    }
  }

  private NDArray load(NDManager m, String key) {
    NDArray a = checkpoint.loadFloat32(m, key);
    a.setName(key);
    bytesMaterialized += checkpoint.find(key).float32Bytes();
    return a;
  }

  /// Float32 bytes turned into NDArrays since this store was opened.
  public synchronized long bytesMaterialized() {
    return bytesMaterialized;
  }

  /// Names of the groups currently loaded, least recently used first.
  public synchronized List<String> loadedGroups() {
    return List.copyOf(groups.keySet());
  }

  /// Closes every array, then unmaps the checkpoint.
  @Override
  public synchronized void close() {
    groups.values().forEach(g -> g.scope().close());
    groups.clear();
    shared.clear();
    manager.close();
    checkpoint.close();
  }
}
