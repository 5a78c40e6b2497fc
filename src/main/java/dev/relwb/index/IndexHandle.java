package dev.relwb.index;

import dev.relwb.core.WorkbenchException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/// Owns one index folder: its `Directory`, the `IndexWriter` (writable handles only) and a
/// `SearcherManager` for near-real-time searchers.
///
/// A read-only handle takes no write lock, so `search` works while another process indexes; it
/// sees the last commit. A writable handle's searchers also see uncommitted changes after
/// `refresh()`. Only committed changes survive a crash: the `Indexer` commits periodically.
public final class IndexHandle implements Closeable {
  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final AnalyzerFactory analyzers;

  private IndexHandle(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers,
      AnalyzerFactory analyzers) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.analyzers = analyzers;
  }

  /// Opens (creating if needed) the index in `dir` for writing; fails clearly if another process
  /// holds the write lock.
  public static IndexHandle openWritable(Path dir, AnalyzerFactory analyzers) {
    Directory d = null;
    try {
      Files.createDirectories(dir);
      d = FSDirectory.open(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(analyzers.wrapper())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setSimilarity(new BM25Similarity())
          .setRAMBufferSizeMB(64)
          .setUseCompoundFile(false)
          .setCommitOnClose(false);
      IndexWriter w = new IndexWriter(d, cfg);
      if (!DirectoryReader.indexExists(d)) {
        w.setLiveCommitData(Map.of("relwb.format", "1").entrySet());
        w.commit();
      }
      return new IndexHandle(dir, d, w, new SearcherManager(w, null), analyzers);
    } catch (LockObtainFailedException e) {
      closeQuietly(d);
      throw new WorkbenchException("The index " + dir + " is being written by another process: "
          + "wait for it to finish, or stop it", e);
    } catch (IOException e) {
      closeQuietly(d);
      throw new WorkbenchException("Cannot open the index " + dir + " for writing: " + e.getMessage(), e);
    }
  }

  /// Opens the last commit of the index in `dir` for searching only.
  public static IndexHandle openReadOnly(Path dir, AnalyzerFactory analyzers) {
    Directory d = null;
    try {
      d = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(d)) {
        throw new WorkbenchException("There is no index in " + dir + " yet: run `relwb index` first");
      }
      return new IndexHandle(dir, d, null, new SearcherManager(d, null), analyzers);
    } catch (IOException e) {
      closeQuietly(d);
      throw new WorkbenchException("Cannot open the index " + dir + ": " + e.getMessage()
          + " (if it is damaged, delete the folder and index again)", e);
    }
  }

  private static void closeQuietly(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing with the original error
      }
    }
  }

  /// The index folder.
  public Path dir() {
    return dir;
  }

  /// The analyzers this index was opened with.
  public AnalyzerFactory analyzers() {
    return analyzers;
  }

  /// The writer; fails on a read-only handle.
  public IndexWriter writer() {
    if (writer == null) {
      throw new WorkbenchException("The index " + dir + " was opened read-only");
    }
    return writer;
  }

  /// Whether this handle can write.
  public boolean writable() {
    return writer != null;
  }

  /// Makes recent changes visible to new searchers.
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot refresh the searcher of " + dir + ": " + e.getMessage(), e);
    }
  }

  /// How many documents and passages the index holds: `{documents, passages}`.
  public long[] counts() {
    return withSearcher(s -> new long[] {
        s.count(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.FIRST, "1"))),
        s.getIndexReader().numDocs()});
  }

  /// Runs `work` with an acquired searcher, releasing it afterwards.
  public <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot open a searcher on " + dir + ": " + e.getMessage(), e);
    }
    try {
      return work.apply(s);
    } catch (IOException e) {
      throw new WorkbenchException("Reading the index " + dir + " failed: " + e.getMessage(), e);
    } finally {
      try {
        searchers.release(s);
      } catch (IOException e) {
        // release only decrements a reference count; nothing useful to do
      }
    }
  }

  /// Work done with a searcher; may throw `IOException`.
  @FunctionalInterface
  public interface SearcherWork<T> {
    /// Does the work.
    T apply(IndexSearcher searcher) throws IOException;
  }

  /// Closes searchers, then the writer (uncommitted changes are dropped), then the directory.
  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException e) {
      throw new WorkbenchException("Closing the index " + dir + " failed: " + e.getMessage(), e);
    }
  }
}
