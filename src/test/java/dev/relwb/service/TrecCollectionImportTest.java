package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The Corpus tab's *Import TREC* on a whole TREC collection folder: its `<DOC>` files are indexed (the
/// topics and qrels files beside them are not read as documents), its topics and qrels go to the judgments.
class TrecCollectionImportTest {
  @TempDir Path home;

  @Test
  void aTrecFolderBringsItsDocumentsTopicsAndQrels() throws Exception {
    Path folder = home.resolve("news");
    Path fixture = Path.of("src/test/resources/data/trec-docs");
    try (Stream<Path> walk = Files.walk(fixture)) {
      for (Path p : walk.toList()) {
        Path to = folder.resolve(fixture.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("README.md")) {
          Files.copy(p, to);
        }
      }
    }
    Files.writeString(folder.resolve("topics.txt"), "<top>\n<num> Number: 301\n<title> harbour storm\n</top>\n");
    Files.writeString(folder.resolve("qrels.txt"), "301 0 NEWS-001 2\n301 0 NEWS-002 0\n");
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    JudgmentService judgments = new JudgmentService(dirs);
    try (IndexServices s = new IndexServices(dirs, judgments)) {
      WorkspaceInfo w = s.indexing().importSource("news", SourceKind.TREC, folder, ProgressListener.NONE,
          CancelToken.none());
      assertThat(w.documents()).isEqualTo(7);
      assertThat(w.skipped()).noneMatch(x -> x.startsWith("topics.txt") || x.startsWith("qrels.txt"));
      assertThat(judgments.topics("news")).extracting(t -> t.text()).containsExactly("harbour storm");
      assertThat(judgments.qrels("news", null).toString()).isNotEmpty();
      assertThat(judgments.judgments("news", judgments.topics("news").getFirst().id())).hasSize(2);
    }
  }
}
