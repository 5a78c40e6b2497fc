package dev.relwb.service;

import dev.relwb.core.CancelledException;
import dev.relwb.core.WorkbenchException;
import dev.relwb.search.SearchPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/// The first-stage pages of a batch run, asked for ahead of the ranking: up to `parallel` searches in
/// flight, handed out in topic order. With `parallel` = 1 each page is searched when it is taken (the
/// local index: no threads). Closing stops the searches still running.
final class FirstStagePrefetch implements AutoCloseable {
  private final int count;
  private final int parallel;
  private final IntFunction<SearchPage> search;
  private final ExecutorService pool;
  private final List<Future<SearchPage>> pending = new ArrayList<>();
  private int submitted;

  FirstStagePrefetch(int count, int parallel, IntFunction<SearchPage> search) {
    this.count = count;
    this.parallel = Math.max(1, parallel);
    this.search = search;
    this.pool = this.parallel > 1 ? Executors.newFixedThreadPool(this.parallel, r -> {
      Thread t = new Thread(r, "relwb-first-stage");
      t.setDaemon(true);
      return t;
    }) : null;
  }

  /// The page of topic `i`; topics must be taken in order 0, 1, 2, …
  SearchPage get(int i) {
    if (pool == null) {
      return search.apply(i);
    }
    while (submitted < count && submitted < i + parallel) {
      int n = submitted++;
      pending.add(pool.submit(() -> search.apply(n)));
    }
    try {
      SearchPage page = pending.get(i).get();
      pending.set(i, null);
      return page;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("The run");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WorkbenchException w) {
        throw w;
      }
      throw new WorkbenchException("A first-stage search failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
