package dev.relwb.hub;

import dev.relwb.core.CancelToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/// Closes a download stream when no data arrived for the stall timeout, or when the job is
/// cancelled, so a read blocked on a silent connection returns (with an `IOException`) instead of
/// hanging: the JDK HTTP client has no read timeout of its own. Runs on a virtual thread.
final class StallWatchdog implements AutoCloseable {
  private final InputStream in;
  private final long stallNanos;
  private final CancelToken cancel;
  private final AtomicLong lastData = new AtomicLong(System.nanoTime());
  private volatile boolean stalled;
  private Thread thread;

  private StallWatchdog(InputStream in, Duration stallTimeout, CancelToken cancel) {
    this.in = in;
    this.stallNanos = stallTimeout.toNanos();
    this.cancel = cancel;
  }

  /// Starts watching `in`.
  static StallWatchdog start(InputStream in, Duration stallTimeout, CancelToken cancel) {
    StallWatchdog w = new StallWatchdog(in, stallTimeout, cancel);
    w.thread = Thread.ofVirtual().name("relwb-download-watchdog").start(w::watch);
    return w;
  }

  /// Notes that a read returned.
  void dataArrived() {
    lastData.set(System.nanoTime());
  }

  /// Whether the stream was closed because it stalled.
  boolean stalled() {
    return stalled;
  }

  @Override
  public void close() {
    thread.interrupt();
  }

  private void watch() {
    long tick = Math.max(1, Math.min(250, stallNanos / 4_000_000));
    try {
      while (true) {
        Thread.sleep(tick);
        boolean stall = System.nanoTime() - lastData.get() > stallNanos;
        if (stall || cancel.isCancelled()) {
          stalled = stall;
          in.close();
          return;
        }
      }
    } catch (InterruptedException e) {
      // the download ended; nothing left to watch
    } catch (IOException e) {
      // closing a broken stream may fail; the reader sees the failure either way
    }
  }
}
