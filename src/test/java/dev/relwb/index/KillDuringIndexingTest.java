package dev.relwb.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import dev.relwb.ingest.DocumentSink;
import dev.relwb.ingest.DocumentSource;
import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.ingest.SourceDocument;
import dev.relwb.search.LuceneBm25Searcher;
import dev.relwb.search.SearchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A child JVM indexes an endless stream of documents, committing every 500, and is killed with
/// SIGKILL after a few commits: the index opens at its last commit, searches, and takes new
/// documents.
class KillDuringIndexingTest {
  @TempDir Path dir;

  /// The child: indexes into args[0] until killed.
  public static void main(String[] args) {
    try (IndexHandle h = IndexHandle.openWritable(Path.of(args[0]), new AnalyzerFactory())) {
      IndexOptions o = new IndexOptions(new PassageSplitter(0, 0), new LanguageDetector(), "en", 500);
      new Indexer(h, o).index(new Endless(), Map.of(), ProgressListener.NONE, CancelToken.none());
    }
  }

  private static final class Endless implements DocumentSource {
    @Override
    public String describe() {
      return "endless";
    }

    @Override
    public void read(DocumentSink sink, CancelToken cancel) {
      for (long i = 0; ; i++) {
        sink.accept(SourceDocument.of("d" + i, "", "common words and the number n" + i, "en"));
      }
    }
  }

  @Test
  void aKilledIndexerLeavesTheLastCommitUsable() throws Exception {
    Path index = dir.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector", "-cp",
        System.getProperty("java.class.path"), KillDuringIndexingTest.class.getName(), index.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (generation(index) < 4 && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20);
    }
    assertThat(child.isAlive()).as(Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log"))
        : "child").isTrue();
    child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    AnalyzerFactory af = new AnalyzerFactory();
    try (IndexHandle h = IndexHandle.openReadOnly(index, af)) {
      int docs = h.withSearcher(s -> s.getIndexReader().numDocs());
      assertThat(docs).isPositive();
      assertThat(docs % 500).as("only whole commits survive").isZero();
      var page = new LuceneBm25Searcher(h, new LanguageDetector()).search(SearchRequest.of("n0", 5));
      assertThat(page.hits()).extracting(x -> x.docId()).containsExactly("d0");
    }
    try (IndexHandle h = IndexHandle.openWritable(index, af)) {
      int before = h.withSearcher(s -> s.getIndexReader().numDocs());
      IngestReport r = new Indexer(h, new IndexOptions(new PassageSplitter(0, 0), new LanguageDetector(), "en", 500))
          .index(new DocumentSource() {
            @Override
            public String describe() {
              return "one more";
            }

            @Override
            public void read(DocumentSink sink, CancelToken cancel) {
              sink.accept(SourceDocument.of("extra", "", "after the crash", "en"));
            }
          }, Map.of(), ProgressListener.NONE, CancelToken.none());
      assertThat(r.changed() + r.added()).isEqualTo(1);
      int after = h.withSearcher(s -> s.getIndexReader().numDocs());
      assertThat(after).isEqualTo(before + 1);
    }
  }

  private static long generation(Path index) throws java.io.IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToLong(n -> Long.parseLong(n.substring(9), Character.MAX_RADIX)).max().orElse(0);
    }
  }
}
