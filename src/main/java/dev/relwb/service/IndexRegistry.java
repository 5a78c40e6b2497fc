package dev.relwb.service;

import dev.relwb.core.WorkbenchException;
import dev.relwb.index.AnalyzerFactory;
import dev.relwb.index.IndexHandle;
import dev.relwb.ingest.LanguageDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/// The open read-only index handles of this process (one per index folder), the shared analyzers
/// and the shared language detector (both expensive to build, so built once, lazily).
final class IndexRegistry implements AutoCloseable {
  private final Map<Path, IndexHandle> open = new HashMap<>();
  private AnalyzerFactory analyzers;
  private LanguageDetector detector;

  synchronized AnalyzerFactory analyzers() {
    if (analyzers == null) {
      analyzers = new AnalyzerFactory();
    }
    return analyzers;
  }

  synchronized LanguageDetector detector() {
    if (detector == null) {
      detector = new LanguageDetector();
    }
    return detector;
  }

  /// A read-only handle on `dir`, refreshed to the latest commit.
  synchronized IndexHandle reader(Path dir) {
    IndexHandle h = open.get(dir);
    if (h == null) {
      h = IndexHandle.openReadOnly(dir, analyzers());
      open.put(dir, h);
    }
    h.refresh();
    return h;
  }

  /// {documents, passages} of the index in `dir`, or zeros when there is none.
  long[] counts(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new long[] {0, 0};
    }
    try {
      return reader(dir).counts();
    } catch (WorkbenchException e) {
      return new long[] {0, 0};
    }
  }

  /// Closes the handle on `dir`, if open.
  synchronized void close(Path dir) {
    IndexHandle h = open.remove(dir);
    if (h != null) {
      h.close();
    }
  }

  @Override
  public synchronized void close() {
    open.values().forEach(IndexHandle::close);
    open.clear();
  }
}
