package dev.relwb.index;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/// Feeds an `IndexWriter` from several threads (analysis is the costly part of indexing, and
/// `IndexWriter` indexes concurrently), with at most `MAX_PENDING` documents in flight.
/// `drain()` waits until every submitted document is in the writer (call it before a commit);
/// the first failure of a worker is rethrown by the next `submit` or `drain`.
final class ParallelWriter implements AutoCloseable {
  private static final int MAX_PENDING = 64;
  private final IndexWriter writer;
  private final ExecutorService pool;
  private final Semaphore pending = new Semaphore(MAX_PENDING);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  ParallelWriter(IndexWriter writer, int threads) {
    this.writer = writer;
    this.pool = threads <= 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "relwb-indexer");
      t.setDaemon(true);
      return t;
    });
  }

  /// Adds `docs` (one document's passages, kept together), replacing `replace` when not null.
  void submit(Term replace, List<Document> docs) {
    rethrow();
    if (pool == null) {
      write(replace, docs);
      return;
    }
    pending.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        write(replace, docs);
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      } finally {
        pending.release();
      }
    });
  }

  private void write(Term replace, List<Document> docs) {
    try {
      if (replace == null) {
        writer.addDocuments(docs);
      } else {
        writer.updateDocuments(replace, docs);
      }
    } catch (IOException e) {
      throw new WorkbenchException("Writing to the index failed: " + e.getMessage() + " (is the disk full?)", e);
    }
  }

  /// Waits until every submitted document has been handed to the writer.
  void drain() {
    pending.acquireUninterruptibly(MAX_PENDING);
    pending.release(MAX_PENDING);
    rethrow();
  }

  private void rethrow() {
    Throwable t = failure.get();
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
