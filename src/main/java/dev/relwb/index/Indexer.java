package dev.relwb.index;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.IngestReport;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.DocumentSink;
import dev.relwb.ingest.DocumentSource;
import dev.relwb.ingest.FileFingerprint;
import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.Passage;
import dev.relwb.ingest.SourceDocument;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/// Reads a `DocumentSource` into an index: language per document (given or detected), passages,
/// one Lucene document per passage, replacing any earlier version of the same document id.
///
/// Folder sources are incremental: files with unchanged size+mtime are not read, files whose
/// hash did not change are not counted as changed, and documents no longer in the folder are
/// deleted. The index is committed every `commitEveryPassages` passages and at the end (also on
/// cancel), so a killed process leaves the last commit usable and a re-run continues from it.
public final class Indexer {
  private final IndexHandle handle;
  private final IndexOptions options;

  /// An indexer writing into `handle` (which must be writable).
  public Indexer(IndexHandle handle, IndexOptions options) {
    this.handle = handle;
    this.options = options;
  }

  /// The file fingerprints of the documents in the index that came from files under `root`
  /// (document id → fingerprint).
  public static Map<String, FileFingerprint> fingerprints(IndexHandle handle, java.nio.file.Path root) {
    String prefix = root.toAbsolutePath().normalize() + java.io.File.separator;
    return handle.withSearcher(s -> {
      Map<String, FileFingerprint> out = new HashMap<>();
      TopDocs td = s.search(new TermQuery(new Term(Fields.FIRST, "1")), Math.max(1, s.getIndexReader().maxDoc()));
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : td.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(Fields.DOC_ID, Fields.PATH, Fields.FILE_SIZE, Fields.FILE_MTIME,
            Fields.FILE_SHA256));
        String path = d.get(Fields.PATH);
        if (d.get(Fields.FILE_SHA256) != null && path != null && path.startsWith(prefix)) {
          out.put(d.get(Fields.DOC_ID), new FileFingerprint(d.getField(Fields.FILE_SIZE).numericValue().longValue(),
              d.getField(Fields.FILE_MTIME).numericValue().longValue(), d.get(Fields.FILE_SHA256)));
        }
      }
      return out;
    });
  }

  /// Indexes `source`; `known` are the fingerprints already in the index (from `fingerprints`)
  /// for an incremental source, else an empty map. Cancelling commits what was done and throws
  /// `CancelledException`.
  public IngestReport index(DocumentSource source, Map<String, FileFingerprint> known,
      ProgressListener progress, CancelToken cancel) {
    int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    try (ParallelWriter out = new ParallelWriter(handle.writer(), threads)) {
      Run run = new Run(source, known, progress, out);
      try {
        source.read(run, cancel);
        if (source.incremental()) {
          run.deleteMissing();
        }
        run.commit();
        return run.report(false);
      } catch (CancelledException e) {
        run.commit();
        throw e;
      }
    } finally {
      handle.refresh();
    }
  }

  /// The state of one indexing run; receives the source's documents.
  private final class Run implements DocumentSink {
    private final DocumentSource source;
    private final Map<String, FileFingerprint> known;
    private final ProgressListener progress;
    private final ParallelWriter out;
    private final IndexWriter writer = handle.writer();
    private final Instant started = Instant.now();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Long> languages = new TreeMap<>();
    private final List<IngestReport.Skipped> skipped = new ArrayList<>();
    private final boolean fresh;
    private long added;
    private long changed;
    private long unchanged;
    private long deleted;
    private long passages;
    private long chars;
    private long sinceCommit;
    private long lastReport;

    Run(DocumentSource source, Map<String, FileFingerprint> known, ProgressListener progress, ParallelWriter out) {
      this.source = source;
      this.known = known;
      this.progress = progress;
      this.out = out;
      this.fresh = writer.getDocStats().numDocs == 0;
    }

    @Override
    public void accept(SourceDocument doc) {
      seen.add(doc.id());
      FileFingerprint before = known.get(doc.id());
      if (before != null && doc.fingerprint() != null && before.sha256().equals(doc.fingerprint().sha256())) {
        unchanged++;
      } else if (before != null || (!fresh && !source.incremental())) {
        changed++;
      } else {
        added++;
      }
      write(doc);
      tick();
    }

    @Override
    public void unchanged(String docId) {
      seen.add(docId);
      unchanged++;
      tick();
    }

    @Override
    public void skipped(String input, String reason) {
      skipped.add(new IngestReport.Skipped(input, reason));
      tick();
    }

    private void write(SourceDocument doc) {
      String lang = doc.language();
      if (lang == null || lang.isBlank() || lang.equals("auto")) {
        lang = options.detector().detect(doc.title() + "\n" + doc.text());
        if (lang.equals(LanguageDetector.UNDETERMINED)) {
          lang = options.fallbackLanguage();
        }
      }
      lang = LanguageDetector.normalize(lang);
      String field = Fields.body(handle.analyzers().key(lang));
      List<Passage> parts = options.splitter().split(doc.id(), doc.text());
      List<Document> docs = new ArrayList<>(parts.size());
      for (Passage p : parts) {
        docs.add(passageDoc(doc, p, parts.size(), lang, field));
      }
      out.submit(fresh && !source.incremental() ? null : new Term(Fields.DOC_ID, doc.id()), docs);
      languages.merge(lang, 1L, Long::sum);
      passages += parts.size();
      chars += doc.title().length() + doc.text().length();
      sinceCommit += parts.size();
      if (sinceCommit >= options.commitEveryPassages()) {
        commit();
      }
    }

    private Document passageDoc(SourceDocument doc, Passage p, int count, String lang, String field) {
      Document d = new Document();
      d.add(new StringField(Fields.ID, p.id(count), Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id(count))));
      d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
      d.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(doc.id())));
      d.add(new StoredField(Fields.PASSAGE, p.index()));
      d.add(new StoredField(Fields.PASSAGES, count));
      d.add(new StoredField(Fields.START, p.start()));
      d.add(new StoredField(Fields.END, p.end()));
      d.add(new StoredField(Fields.TITLE, doc.title()));
      d.add(new StoredField(Fields.TEXT, p.text()));
      d.add(new StringField(Fields.LANG, lang, Field.Store.YES));
      if (doc.path() != null) {
        d.add(new StoredField(Fields.PATH, doc.path()));
      }
      d.add(new TextField(field, doc.title() + "\n" + p.text(), Field.Store.NO));
      if (p.index() == 0) {
        d.add(new StringField(Fields.FIRST, "1", Field.Store.NO));
        FileFingerprint fp = doc.fingerprint();
        if (fp != null) {
          d.add(new StoredField(Fields.FILE_SIZE, fp.size()));
          d.add(new StoredField(Fields.FILE_MTIME, fp.mtimeMillis()));
          d.add(new StoredField(Fields.FILE_SHA256, fp.sha256()));
        }
      }
      return d;
    }

    void deleteMissing() {
      out.drain();
      for (String id : known.keySet()) {
        if (!seen.contains(id)) {
          try {
            writer.deleteDocuments(new Term(Fields.DOC_ID, id));
          } catch (IOException e) {
            throw new WorkbenchException("Deleting " + id + " from " + handle.dir() + " failed", e);
          }
          deleted++;
        }
      }
    }

    void commit() {
      out.drain();
      try {
        writer.setLiveCommitData(Map.of("relwb.format", "1", "relwb.source", source.describe()).entrySet());
        writer.commit();
        sinceCommit = 0;
      } catch (IOException e) {
        throw new WorkbenchException("Committing the index " + handle.dir() + " failed: " + e.getMessage()
            + " (is the disk full?)", e);
      }
    }

    private void tick() {
      long n = added + changed + unchanged + skipped.size();
      long now = System.nanoTime();
      if (now - lastReport > 200_000_000L) {
        lastReport = now;
        progress.onProgress(new Progress("Indexing", n, -1, Duration.between(started, Instant.now()),
            n + " documents, " + passages + " passages, " + skipped.size() + " skipped"));
      }
    }

    IngestReport report(boolean cancelled) {
      double secs = Duration.between(started, Instant.now()).toNanos() / 1e9;
      return new IngestReport(source.describe(), started.toString(), secs, added, changed, unchanged, deleted,
          passages, chars, languages, skipped, 0, 0, cancelled);
    }
  }
}
