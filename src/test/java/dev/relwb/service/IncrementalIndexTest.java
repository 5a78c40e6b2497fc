package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import dev.relwb.search.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Acceptance: re-indexing a folder touches only added, changed and deleted files, and the
/// results reflect the change.
class IncrementalIndexTest {
  @TempDir Path home;
  @TempDir Path folder;

  @Test
  void reindexTouchesOnlyWhatChanged() throws IOException {
    write("a.txt", "alpha apples orchard", 1_000_000);
    write("b.txt", "bravo bananas plantation", 1_000_000);
    write("c.txt", "charlie cherries", 1_000_000);
    write("sub/d.txt", "delta dates palm", 1_000_000);
    try (IndexServices s = TestWorkbench.at(home)) {
      IngestReport first = index(s);
      assertThat(List.of(first.added(), first.changed(), first.unchanged(), first.deleted())).containsExactly(4L, 0L, 0L, 0L);

      write("b.txt", "bravo blueberries now, no more of the yellow fruit", 2_000_000);
      Files.setLastModifiedTime(folder.resolve("c.txt"), FileTime.fromMillis(3_000_000_000L));
      Files.delete(folder.resolve("sub/d.txt"));
      write("e.txt", "echo elderberries", 2_000_000);
      IngestReport second = index(s);
      assertThat(second.added()).as("added").isEqualTo(1);
      assertThat(second.changed()).as("changed").isEqualTo(1);
      assertThat(second.unchanged()).as("unchanged (a by size+mtime, c by hash)").isEqualTo(2);
      assertThat(second.deleted()).as("deleted").isEqualTo(1);
      assertThat(second.passages()).as("passages written: b, c (new mtime), e").isEqualTo(3);
      assertThat(ids(s, "blueberries")).containsExactly("b.txt");
      assertThat(ids(s, "bananas")).isEmpty();
      assertThat(ids(s, "dates")).isEmpty();
      assertThat(ids(s, "elderberries")).containsExactly("e.txt");
      assertThat(ids(s, "cherries")).containsExactly("c.txt");

      IngestReport third = index(s);
      assertThat(List.of(third.added(), third.changed(), third.unchanged(), third.deleted(), third.passages()))
          .containsExactly(0L, 0L, 4L, 0L, 0L);
      assertThat(s.workspaces().list().getFirst().documents()).isEqualTo(4);
    }
  }

  private IngestReport index(IndexServices s) {
    return s.indexing().index(IndexJob.folders("inc", List.of(folder), "en"), ProgressListener.NONE,
        CancelToken.none());
  }

  private void write(String name, String text, long mtime) throws IOException {
    Path p = folder.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    Files.setLastModifiedTime(p, FileTime.fromMillis(mtime));
  }

  private static List<String> ids(IndexServices s, String q) {
    return s.searching().search("inc", SearchQuery.of(q, 10)).hits().stream().map(Hit::docId).toList();
  }
}
