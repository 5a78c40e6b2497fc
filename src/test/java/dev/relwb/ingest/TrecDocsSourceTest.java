package dev.relwb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.WorkbenchException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `TrecDocsSource` on the committed fixture `data/trec-docs` (plain, nested and gzipped files) and on edge cases.
class TrecDocsSourceTest {
  @TempDir Path tmp;

  private static final class Collect implements DocumentSink {
    final Map<String, SourceDocument> docs = new LinkedHashMap<>();
    final List<String> skipped = new ArrayList<>();

    @Override
    public void accept(SourceDocument doc) {
      docs.put(doc.id(), doc);
    }

    @Override
    public void skipped(String input, String reason) {
      skipped.add(input + ": " + reason);
    }
  }

  static Path fixture() throws Exception {
    return Path.of(TrecDocsSourceTest.class.getResource("/data/trec-docs").toURI());
  }

  private static Collect read(Path path) {
    Collect c = new Collect();
    new TrecDocsSource(path, "en").read(c, CancelToken.none());
    return c;
  }

  @Test
  void readsTheFixtureFolderWithTitlesTextsAndSkips() throws Exception {
    Collect c = read(fixture());
    assertThat(c.docs.keySet()).containsExactly("NEWS-001", "NEWS-002", "NEWS-004", "GZ-020", "GZ-021",
        "WIRE-010", "WIRE-011");
    SourceDocument bridge = c.docs.get("NEWS-001");
    assertThat(bridge.title()).isEqualTo("Harbour bridge reopens after repairs");
    assertThat(bridge.text()).startsWith("The old harbour bridge reopened").contains("Smith & Jones")
        .contains("Ferry operators").doesNotContain("<P>", "101");
    assertThat(bridge.language()).isEqualTo("en");
    SourceDocument apples = c.docs.get("NEWS-002");
    assertThat(apples.title()).isEqualTo("Orchard growers expect a record apple harvest");
    assertThat(apples.text()).contains("<according to the cooperative>", "Cider makers welcomed")
        .doesNotContain("P=105");
    assertThat(c.docs.get("NEWS-004").text()).isEqualTo("Volcanic ash grounded flights across the northern"
        + " airports for a second day.");
    assertThat(c.docs.get("GZ-020").title()).isEqualTo("Telescope spots a comet");
    assertThat(c.docs.get("GZ-021").text()).contains("mild winter & a wet spring");
    SourceDocument lighthouse = c.docs.get("WIRE-010");
    assertThat(lighthouse.title()).isEqualTo("Lighthouse keeper retires");
    assertThat(lighthouse.text()).isEqualTo("The last lighthouse keeper on the island retired after forty years,"
        + " handing the lamp over to an automatic beacon.");
    assertThat(c.docs.get("WIRE-011").text()).contains("retreated faster", "meltwater lakes");
    assertThat(c.skipped).containsExactlyInAnyOrder(
        "README.md: no <DOC> records in this file",
        "news.trec line 27: no <DOCNO> in this <DOC>",
        "sub/compressed.trec.gz line 15: <DOC> is not closed by </DOC> before the end of the file");
  }

  @Test
  void readsOneFileAndReportsBadInputs() throws Exception {
    Collect one = read(fixture().resolve("sub/wire.sgml"));
    assertThat(one.docs.keySet()).containsExactly("WIRE-010", "WIRE-011");
    assertThat(one.skipped).isEmpty();

    Path bad = Files.write(tmp.resolve("broken.gz"), new byte[] {1, 2, 3});
    Files.writeString(tmp.resolve("two.trec"), "<doc><docno>a</docno><text>one</text>\n<DOC>\n<DOCNO>b</DOCNO>\n"
        + "<TEXT>two</TEXT></DOC>\n", StandardCharsets.UTF_8);
    Collect c = read(tmp);
    assertThat(c.docs.keySet()).containsExactly("b");
    assertThat(c.skipped).containsExactly(
        "broken.gz: cannot read it (Not in GZIP format); check the file, or its gzip, is complete",
        "two.trec line 1: <DOC> is not closed by </DOC> before the next <DOC>");
    assertThat(bad).exists();

    assertThatThrownBy(() -> new TrecDocsSource(tmp.resolve("missing"), null)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("No TREC documents at " + tmp.resolve("missing"));
  }
}
