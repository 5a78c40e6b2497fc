package dev.relwb.rerank.runtime;

import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/// A stable identity for a checkpoint's weights, for score caches.
///
/// * A file that is a symlink into a Hugging Face cache blob named by its sha256 → `sha256:<hex>`
///   (free; that is how `huggingface_hub` stores LFS files).
/// * A single file up to `FULL_HASH_LIMIT` bytes → `sha256:<hex>` of its content.
/// * Otherwise → `fp:<hex>`, a sha256 over each file's name, size, modification time and header,
///   so a large local file is not read twice at startup.
public final class WeightsFingerprint {
  /// Files up to this size are hashed in full.
  public static final long FULL_HASH_LIMIT = 512L * 1024 * 1024;
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

  private WeightsFingerprint() { }

  /// The identity of `files` (the checkpoint's mapped files, in order).
  public static String of(List<SafetensorsFile> files) {
    try {
      if (files.size() == 1) {
        Path p = files.getFirst().path();
        if (Files.isSymbolicLink(p)) {
          String blob = Files.readSymbolicLink(p).getFileName().toString();
          if (SHA.matcher(blob).matches()) {
            return "sha256:" + blob;
          }
        }
        if (Files.size(p) <= FULL_HASH_LIMIT) {
          return "sha256:" + sha256(p);
        }
      }
      MessageDigest md = digest();
      for (SafetensorsFile f : files) {
        md.update((f.path().getFileName() + "|" + Files.size(f.path()) + "|"
            + Files.getLastModifiedTime(f.path()).toMillis() + "|" + f.header().tensors().size())
            .getBytes(StandardCharsets.UTF_8));
        for (TensorInfo t : f.header().tensors().values()) {
          md.update((t.name() + t.dtype() + t.shapeString() + t.begin()).getBytes(StandardCharsets.UTF_8));
        }
      }
      return "fp:" + HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the weight files to identify them: " + e.getMessage(), e);
    }
  }

  private static String sha256(Path p) throws IOException {
    MessageDigest md = digest();
    byte[] buf = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(p)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
