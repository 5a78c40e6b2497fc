package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.ProgressListener;
import dev.relwb.search.Hit;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Acceptance: bad files are skipped with a per-file reason, never abort the ingest; the good
/// files of every supported format are indexed and searchable.
class BadInputTest {
  @TempDir Path home;
  @TempDir Path folder;

  @Test
  void badFilesAreSkippedWithAReasonAndGoodOnesIndexed() throws IOException {
    Files.writeString(folder.resolve("good.txt"), "A plain text file about lighthouses.");
    Files.writeString(folder.resolve("note.md"), "# Harbour note\n\nThe harbour master keeps a logbook.");
    Files.writeString(folder.resolve("page.html"), "<html><head><title>Ferry</title></head><body><p>The ferry "
        + "timetable changes in winter.</p><script>var x = 'scriptword';</script></body></html>");
    TestFiles.pdf(folder.resolve("chart.pdf"), "Nautical chart", "Depth soundings near the breakwater");
    TestFiles.docx(folder.resolve("memo.docx"), "Memo", "Buoy maintenance schedule", "Second paragraph");
    TestFiles.odt(folder.resolve("letter.odt"), "Letter", "Pilotage fees for tankers");

    byte[] pdf = Files.readAllBytes(folder.resolve("chart.pdf"));
    Files.write(folder.resolve("truncated.pdf"), Arrays.copyOf(pdf, 120));
    byte[] junk = new byte[4096];
    new java.util.Random(1).nextBytes(junk);
    junk[10] = 0;
    Files.write(folder.resolve("junk.txt"), junk);
    Files.write(folder.resolve("latin1.txt"), "caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    try (RandomAccessFile f = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    Files.createDirectory(folder.resolve("loop"));
    Files.createSymbolicLink(folder.resolve("loop/back"), folder);
    Files.createSymbolicLink(folder.resolve("broken.txt"), folder.resolve("missing.txt"));
    Path locked = folder.resolve("locked.txt");
    Files.writeString(locked, "secret lighthouse keeper notes");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean privileged = Files.isReadable(locked);

    Runtime rt = Runtime.getRuntime();
    System.gc();
    long usedBefore = rt.totalMemory() - rt.freeMemory();
    IngestReport r;
    try (IndexServices s = TestWorkbench.at(home)) {
      r = s.indexing().index(IndexJob.folders("bad", java.util.List.of(folder), "en"), ProgressListener.NONE,
          CancelToken.none());
      Map<String, String> reasons = r.skipped().stream()
          .collect(Collectors.toMap(IngestReport.Skipped::input, IngestReport.Skipped::reason));
      assertThat(reasons.get("truncated.pdf")).containsAnyOf("PDF", "no text");
      assertThat(reasons.get("junk.txt")).isEqualTo("binary content, not text");
      assertThat(reasons.get("latin1.txt")).startsWith("not valid UTF-8");
      assertThat(reasons.get("empty.txt")).isEqualTo("empty file");
      assertThat(reasons.get("huge.txt")).startsWith("too large (209.7 MB");
      assertThat(reasons.get("loop/back")).isEqualTo("symbolic link loop");
      assertThat(reasons.get("broken.txt")).isEqualTo("broken symbolic link");
      if (privileged) {
        // running as root: permission bits do not stop reads, so the file is indexed, honestly
        assertThat(reasons).doesNotContainKey("locked.txt");
      } else {
        assertThat(reasons.get("locked.txt")).isEqualTo("permission denied");
      }
      assertThat(r.added()).isEqualTo(privileged ? 7 : 6);
      assertThat(hitIds(s, "lighthouses")).contains("good.txt");
      assertThat(hitIds(s, "logbook")).containsExactly("note.md");
      assertThat(hitIds(s, "timetable")).containsExactly("page.html");
      assertThat(hitIds(s, "scriptword")).isEmpty();
      assertThat(hitIds(s, "breakwater")).containsExactly("chart.pdf");
      assertThat(hitIds(s, "buoy")).containsExactly("memo.docx");
      assertThat(hitIds(s, "pilotage")).containsExactly("letter.odt");
      assertThat(s.searching().search("bad", SearchQuery.of("harbour", 5)).hits().getFirst().title())
          .isEqualTo("Harbour note");
      assertThat(Files.readString(s.workspaces().paths("bad").ingestReport())).contains("\"reason\" : \"empty file\"");
    }
    System.gc();
    long usedAfter = rt.totalMemory() - rt.freeMemory();
    assertThat(usedAfter - usedBefore).as("heap retained after indexing a folder with a 200 MB file")
        .isLessThan(150L * 1024 * 1024);
  }

  private static java.util.List<String> hitIds(IndexServices s, String q) {
    return s.searching().search("bad", SearchQuery.of(q, 10)).hits().stream().map(Hit::docId).toList();
  }
}
