package dev.relwb.cli;

import dev.relwb.core.CancelToken;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/// Turns Ctrl-C (SIGINT/SIGTERM) during a long command into a cancel request: the job stops at its
/// next check and finishes cleanly (an index job commits what it did), and the JVM waits up to
/// 30 s for that before exiting.
final class InterruptCancel implements AutoCloseable {
  private final CancelToken token = new CancelToken();
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook;

  InterruptCancel() {
    hook = new Thread(() -> {
      token.cancel();
      try {
        done.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "relwb-cancel-on-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /// The token the job should check.
  CancelToken token() {
    return token;
  }

  /// The job is over: let the JVM exit, and stop listening for interrupts.
  @Override
  public void close() {
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running and has just been released
    }
  }
}
