package dev.relwb.ingest;

import dev.relwb.core.CancelToken;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/// A folder of files, read recursively (following symbolic links, with loops detected).
///
/// A file's document id is its path relative to the folder, with `/` separators. Include and
/// exclude globs (`glob:` syntax, matched against that relative path, e.g. `**.md`, `drafts/**`)
/// narrow the walk; hidden files and folders are left out. Files whose size and modification
/// time equal the `known` fingerprint are reported unchanged and not read.
public final class FolderSource implements DocumentSource {
  private final Path root;
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final TextExtractor extractor;
  private final String language;
  private Map<String, FileFingerprint> known = Map.of();
  private String idPrefix = "";

  /// A folder source; empty `includes` means every supported file type.
  public FolderSource(Path root, List<String> includes, List<String> excludes, long maxFileBytes, String language) {
    if (!Files.isDirectory(root)) {
      throw new WorkbenchException("The folder " + root + " does not exist or is not a folder");
    }
    this.root = root.toAbsolutePath().normalize();
    this.includes = includes.stream().map(FolderSource::glob).toList();
    this.excludes = excludes.stream().map(FolderSource::glob).toList();
    this.extractor = new TextExtractor(maxFileBytes);
    this.language = language;
  }

  static PathMatcher glob(String g) {
    try {
      return java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + g);
    } catch (IllegalArgumentException e) {
      throw new WorkbenchException("Invalid glob pattern '" + g + "': " + e.getMessage(), e);
    }
  }

  /// Prefixes every document id with `prefix` (e.g. the folder name and `/`), so that several
  /// folders indexed into one workspace cannot give two files the same id.
  public FolderSource withIdPrefix(String prefix) {
    this.idPrefix = prefix == null ? "" : prefix;
    return this;
  }

  /// The folder, absolute and normalised.
  public Path root() {
    return root;
  }

  /// The fingerprints of the files already indexed (id → fingerprint), for incremental reads.
  public FolderSource withKnown(Map<String, FileFingerprint> knownFiles) {
    this.known = Map.copyOf(knownFiles);
    return this;
  }

  @Override
  public String describe() {
    return "folder " + root;
  }

  @Override
  public boolean incremental() {
    return true;
  }

  @Override
  public void read(DocumentSink sink, CancelToken cancel) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new Visitor(sink, cancel));
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the folder " + root + ": " + e.getMessage(), e);
    }
  }

  private String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private boolean wanted(Path rel) {
    boolean in = includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(rel));
    return in && excludes.stream().noneMatch(m -> m.matches(rel));
  }

  private void readFile(Path file, BasicFileAttributes attrs, DocumentSink sink) {
    String id = idPrefix + relative(file);
    FileFingerprint stat = new FileFingerprint(attrs.size(), attrs.lastModifiedTime().toMillis(), null);
    if (stat.sameStat(known.get(id))) {
      sink.unchanged(id);
      return;
    }
    try {
      ExtractedText t = extractor.extract(file, attrs.size());
      FileFingerprint fp = new FileFingerprint(stat.size(), stat.mtimeMillis(), sha256(file));
      String title = t.title().isBlank() ? file.getFileName().toString() : t.title();
      sink.accept(new SourceDocument(id, title, t.text(), file.toString(), language, fp));
    } catch (UnreadableInputException e) {
      sink.skipped(id, e.getMessage());
    } catch (IOException e) {
      sink.skipped(id, TextExtractor.ioReason(TextExtractor.extension(file), e));
    } catch (RuntimeException e) {
      // a parser library failing on a malformed file: skip that file, never the whole ingest
      sink.skipped(id, "cannot read " + TextExtractor.extension(file) + ": " + e);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private final class Visitor extends SimpleFileVisitor<Path> {
    private final DocumentSink sink;
    private final CancelToken cancel;

    Visitor(DocumentSink sink, CancelToken cancel) {
      this.sink = sink;
      this.cancel = cancel;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      cancel.throwIfCancelled("Reading " + root);
      boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
      return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      cancel.throwIfCancelled("Reading " + root);
      Path rel = Path.of(relative(file));
      if (file.getFileName().toString().startsWith(".") || !wanted(rel)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        sink.skipped(idPrefix + rel.toString(), "broken symbolic link");
      } else if (!attrs.isRegularFile()) {
        sink.skipped(idPrefix + rel.toString(), "not a regular file");
      } else if (!TextExtractor.EXTENSIONS.contains(TextExtractor.extension(file))) {
        sink.skipped(idPrefix + rel.toString(), "unsupported file type");
      } else {
        readFile(file, attrs, sink);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
      String reason = exc instanceof FileSystemLoopException ? "symbolic link loop"
          : TextExtractor.ioReason("file", exc);
      sink.skipped(idPrefix + relative(file), reason);
      return FileVisitResult.CONTINUE;
    }
  }
}
