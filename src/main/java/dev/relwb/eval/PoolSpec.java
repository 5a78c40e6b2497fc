package dev.relwb.eval;

import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// How [Pooling#pool] builds a judging pool.
///
/// @param k             the depth taken from every list (at least 1)
/// @param order         how the pooled documents of a topic are ordered
/// @param seed          the seed of the [Order#RANDOM] order (the same seed gives the same order)
/// @param includeJudged whether documents that are judged already stay in the pool (after the unjudged
///                      ones, marked), or are left out
public record PoolSpec(int k, Order order, long seed, boolean includeJudged) {
  /// The order of a topic's pool.
  public enum Order {
    /// best (smallest) rank over the lists first, ties by document id in byte order
    RANK,
    /// a shuffle fixed by the seed, the topic and the document id (as Quepid 8.3 does, against position bias)
    RANDOM;

    /// The order named `name` (`rank` or `random`, any case).
    public static Order parse(String name) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new WorkbenchException("Unknown pool order '" + name + "': use rank or random", e);
      }
    }

    /// The name as typed on the command line (`rank`, `random`).
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /// Checks the depth and defaults the order to [Order#RANK].
  public PoolSpec {
    if (k < 1) {
      throw new WorkbenchException("The pool depth k must be at least 1, not " + k);
    }
    order = order == null ? Order.RANK : order;
  }

  /// The pool of `relwb pool` before this option set: unjudged documents only, by best rank.
  public static PoolSpec unjudgedByRank(int k) {
    return new PoolSpec(k, Order.RANK, 0, false);
  }
}
