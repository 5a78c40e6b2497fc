package dev.relwb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.CancelledException;
import dev.relwb.core.Progress;
import dev.relwb.ingest.JsonlSource;
import dev.relwb.ingest.LanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Cancelling an import stops it at the source's next check, commits what was indexed, and
/// leaves a usable index; progress is reported while it runs.
class IndexerCancelTest {
  @TempDir Path dir;

  @Test
  void cancelStopsCommitsAndReportsProgress() throws IOException {
    Path jsonl = dir.resolve("c.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"_id\":\"d").append(i).append("\",\"title\":\"\",\"text\":\"word").append(i).append("\"}\n");
    }
    Files.writeString(jsonl, sb);
    CancelToken token = new CancelToken();
    List<Progress> seen = new ArrayList<>();
    try (IndexHandle h = IndexHandle.openWritable(dir.resolve("index"), new AnalyzerFactory())) {
      Indexer indexer = new Indexer(h, IndexOptions.defaults(new LanguageDetector()));
      token.cancel();
      assertThatThrownBy(() -> indexer.index(new JsonlSource(jsonl, JsonlSource.JsonlFields.beir(), "en"), Map.of(),
          seen::add, token)).isInstanceOf(CancelledException.class).hasMessageContaining("cancelled");
    }
    try (IndexHandle h = IndexHandle.openReadOnly(dir.resolve("index"), new AnalyzerFactory())) {
      int docs = h.withSearcher(s -> s.getIndexReader().numDocs());
      assertThat(docs).as("the lines read before the first check (every 256 lines) are committed").isEqualTo(255);
    }
    try (IndexHandle h = IndexHandle.openWritable(dir.resolve("index"), new AnalyzerFactory())) {
      var report = new Indexer(h, IndexOptions.defaults(new LanguageDetector()))
          .index(new JsonlSource(jsonl, JsonlSource.JsonlFields.beir(), "en"), Map.of(), seen::add, CancelToken.none());
      assertThat(report.indexed()).isEqualTo(2000);
      assertThat(seen).isNotEmpty();
      assertThat(seen.getLast().message()).contains("documents");
      int docs = h.withSearcher(s -> s.getIndexReader().numDocs());
      assertThat(docs).as("re-import replaces documents by id").isEqualTo(2000);
    }
  }
}
