package dev.relwb.hub;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// An exclusive lock on one blob's lock file (`<cache>/.locks/<repo folder>/<etag>.lock`, the path
/// `huggingface_hub` uses), so two relwb downloads never write the same `.incomplete` file. It is a
/// JDK `FileLock` (an `fcntl` record lock on Linux): it excludes other relwb processes and threads;
/// Python's `flock`-based lock on the same file is a different kind and is not excluded.
final class BlobLock {
  private static final Logger LOG = LoggerFactory.getLogger(BlobLock.class);

  private BlobLock() { }

  /// Waits (cancellably) for the lock; closing the returned channel releases it.
  static FileChannel acquire(Path lockFile, String what, CancelToken cancel) throws IOException {
    Files.createDirectories(lockFile.getParent());
    FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    boolean told = false;
    try {
      while (true) {
        if (tryLock(ch) != null) {
          return ch;
        }
        if (!told) {
          LOG.info("Waiting for another download of {} to finish ({})", what, lockFile);
          told = true;
        }
        cancel.throwIfCancelled("Download of " + what);
        Thread.sleep(250);
      }
    } catch (InterruptedException e) {
      ch.close();
      Thread.currentThread().interrupt();
      throw new CancelledException("Download of " + what);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another thread of this JVM
    }
  }
}
