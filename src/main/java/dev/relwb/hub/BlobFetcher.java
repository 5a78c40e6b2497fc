package dev.relwb.hub;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.hub.HubException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Brings one file into `blobs/<etag>`: downloads into `blobs/<etag>.incomplete`, resuming what a
/// previous run left with an HTTP `Range` request, retries a broken connection, verifies the result
/// (sha256 for LFS files, git blob sha1 for small files, size always) and only then renames it.
/// A file that fails verification is deleted; a broken-off one is kept for the next run.
final class BlobFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(BlobFetcher.class);
  private static final int BUFFER = 1 << 16;

  private final HubHttp http;
  private final HubCache cache;
  private final DownloadTuning tuning;

  BlobFetcher(HubHttp http, HubCache cache, DownloadTuning tuning) {
    this.http = http;
    this.cache = cache;
    this.tuning = tuning;
  }

  /// Bytes of `meta` already in the partial file.
  long partialBytes(ModelRef.Hub repo, FileMetadata meta) {
    Path part = cache.incomplete(repo, meta.etag());
    try {
      return Files.isRegularFile(part) ? Files.size(part) : 0;
    } catch (IOException e) {
      throw HubCache.ioError(part, e);
    }
  }

  /// The verified blob of `meta`, downloading it unless it is already in the cache. While it
  /// downloads, `.locks/<repo folder>/<etag>.lock` keeps other relwb downloads of it waiting.
  Path fetch(ModelRef.Hub repo, FileMetadata meta, TransferMeter meter, CancelToken cancel) {
    Path blob = cache.blob(repo, meta.etag());
    if (Files.isRegularFile(blob)) {
      return blob;
    }
    Path lockFile = cache.root().resolve(".locks").resolve(repo.cacheFolderName()).resolve(meta.etag() + ".lock");
    try (FileChannel lock = BlobLock.acquire(lockFile, meta.file(), cancel)) {
      if (!Files.isRegularFile(blob)) { // another download may have finished it while we waited
        download(repo, meta, meter, cancel);
        HubCache.moveAtomically(cache.incomplete(repo, meta.etag()), blob);
      }
      return blob;
    } catch (IOException e) {
      throw HubCache.ioError(blob, e);
    }
  }

  private void download(ModelRef.Hub repo, FileMetadata meta, TransferMeter meter, CancelToken cancel)
      throws IOException {
    Path part = cache.incomplete(repo, meta.etag());
    Files.createDirectories(part.getParent());
    for (int attempt = 1; ; attempt++) {
      try {
        transfer(repo, meta, part, meter, cancel);
        break;
      } catch (HubException e) {
        if (e.reason() != Reason.NETWORK || attempt >= tuning.maxAttempts()) {
          throw e;
        }
        LOG.warn("{} (attempt {} of {}); retrying", e.getMessage(), attempt, tuning.maxAttempts());
        pause(tuning.retryDelay().multipliedBy(attempt), cancel);
      }
    }
    verify(repo, meta, part);
  }

  private void transfer(ModelRef.Hub repo, FileMetadata meta, Path part, TransferMeter meter, CancelToken cancel) {
    long have = partialBytes(repo, meta);
    if (meta.size() >= 0 && have >= meta.size()) {
      return; // complete (or too long): verification decides
    }
    cancel.throwIfCancelled("Download of " + repo);
    HubHttp.Body body = http.open(meta.downloadUri(), have, repo, meta.file());
    if (body.status() == 416) {
      close(body.in());
      have = 0;
      body = http.open(meta.downloadUri(), 0, repo, meta.file());
    }
    long from = body.status() == 200 ? 0 : body.start();
    if (from > have) {
      close(body.in());
      throw new HubException(Reason.PROTOCOL, "The server resumed " + meta.file() + " at byte " + from
          + " but only " + have + " bytes are on disk: delete " + part + " and try again");
    }
    if (from > 0) {
      LOG.info("Resuming {} of {} at byte {}", meta.file(), repo, from);
    }
    copy(repo, meta, body.in(), part, from, meter, cancel);
  }

  private void copy(ModelRef.Hub repo, FileMetadata meta, InputStream in, Path part, long from,
      TransferMeter meter, CancelToken cancel) {
    byte[] buf = new byte[BUFFER];
    long pos = from;
    StallWatchdog watchdog = StallWatchdog.start(in, tuning.stallTimeout(), cancel);
    try (in; watchdog; FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      out.truncate(from);
      out.position(from);
      for (int n; (n = read(in, buf, watchdog, repo, meta, pos, cancel)) >= 0; ) {
        cancel.throwIfCancelled("Download of " + repo);
        out.write(ByteBuffer.wrap(buf, 0, n));
        pos += n;
        meter.add(n, meta.file());
      }
    } catch (IOException e) {
      throw HubCache.ioError(part, e);
    }
    if (meta.size() >= 0 && pos < meta.size()) {
      throw broken(repo, meta, pos, null);
    }
  }

  private int read(InputStream in, byte[] buf, StallWatchdog watchdog, ModelRef.Hub repo, FileMetadata meta,
      long pos, CancelToken cancel) {
    try {
      int n = in.read(buf);
      watchdog.dataArrived();
      return n;
    } catch (IOException e) {
      cancel.throwIfCancelled("Download of " + repo);
      if (watchdog.stalled()) {
        String seconds = String.format(Locale.ROOT, "%.1f", tuning.stallTimeout().toMillis() / 1000.0);
        throw new HubException(Reason.NETWORK, "No data arrived for " + seconds + " s after " + pos + " bytes of "
            + meta.file() + " (" + repo + "): the partial file is kept;"
            + " run the download again to resume", e);
      }
      throw broken(repo, meta, pos, e);
    }
  }

  private static HubException broken(ModelRef.Hub repo, FileMetadata meta, long pos, IOException cause) {
    return new HubException(Reason.NETWORK, "The connection broke off after " + pos + " of " + meta.size()
        + " bytes of " + meta.file() + " (" + repo + "): the partial file is kept; run the download again to resume",
        cause);
  }

  private void verify(ModelRef.Hub repo, FileMetadata meta, Path part) {
    try {
      long size = Files.size(part);
      String problem = null;
      if (meta.size() >= 0 && size != meta.size()) {
        problem = "it has " + size + " bytes but the hub says " + meta.size();
      } else if (meta.check() != FileMetadata.Check.SIZE_ONLY) {
        String actual = digest(part, meta.check(), size);
        if (!actual.equals(meta.etag())) {
          problem = "its " + (meta.check() == FileMetadata.Check.SHA256 ? "sha256" : "git sha1") + " is " + actual
              + " but the hub says " + meta.etag();
        }
      }
      if (problem != null) {
        Files.deleteIfExists(part);
        throw new HubException(Reason.INTEGRITY, meta.file() + " of " + repo + " failed verification: " + problem
            + ". The bad download was deleted; run the download again (if this repeats, a proxy or mirror"
            + " is corrupting the file)");
      }
    } catch (IOException e) {
      throw HubCache.ioError(part, e);
    }
  }

  /// The hex digest of a file: sha256 of its bytes, or the git blob sha1 (`blob <size>\0` + bytes).
  static String digest(Path file, FileMetadata.Check check, long size) throws IOException {
    MessageDigest md = messageDigest(check == FileMetadata.Check.SHA256 ? "SHA-256" : "SHA-1");
    if (check == FileMetadata.Check.GIT_SHA1) {
      md.update(("blob " + size + "\0").getBytes(StandardCharsets.US_ASCII));
    }
    byte[] buf = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest messageDigest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(name + " is required of every JDK", e);
    }
  }

  private static void pause(Duration d, CancelToken cancel) {
    try {
      long end = System.nanoTime() + d.toNanos();
      while (System.nanoTime() < end) {
        cancel.throwIfCancelled("Download");
        Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException("Download");
    }
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // an unused body; nothing to report
    }
  }
}
