package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb queryset …` end to end on the sample corpus: create, add, guidelines, show with judged shares,
/// import and export in every format, rename, remove, delete, and the one-line errors.
class QuerySetCliTest {
  @TempDir Path home;


  private CliRun relwb(String... args) {
    return CliRun.fresh(home, args);
  }

  private CliRun ok(String... args) {
    CliRun r = relwb(args);
    assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
    return r;
  }

  @Test
  void querySetsFromTheCommandLine() throws Exception {
    ok("index", "--workspace", "s", "--beir", "sample-corpora/sample");
    assertThat(ok("queryset", "list", "--workspace", "s").out()).contains("No query sets in workspace s");
    ok("queryset", "create", "--workspace", "s", "tides");
    CliRun added = ok("queryset", "add", "--workspace", "s", "tides", "why", "are", "there", "two", "high", "tides",
        "every", "day", "--info-need", "the cause of two tides a day", "--notes", "moon\nand sun");
    assertThat(added.out()).isEqualTo("Query 1 of tides: q-en-01  why are there two high tides every day\n");
    assertThat(ok("queryset", "add", "--workspace", "s", "tides", "--lang", "en", "tides and the moon").out())
        .startsWith("Query 2 of tides: typed-");

    Path guide = home.resolve("guide.md");
    Files.writeString(guide, "# Tides\n\n3 = explains the cause\n", StandardCharsets.UTF_8);
    assertThat(ok("queryset", "guidelines", "--workspace", "s", "tides", "--file", guide.toString()).out())
        .isEqualTo("Saved the guidelines of tides (3 lines)\n");
    assertThat(ok("queryset", "guidelines", "--workspace", "s", "tides").out())
        .isEqualTo("# Tides\n\n3 = explains the cause\n");

    String show = ok("queryset", "show", "--workspace", "s", "tides").out();
    assertThat(show).startsWith("Query set tides: 2 queries; judged share of each one's top 10\n")
        .containsPattern("  1\\. q-en-01  \\[judged [1-9]\\d*%\\]  why are there two high tides every day\n"
            + "       information need: the cause of two tides a day\n"
            + "       notes: moon\n         and sun\n")
        .containsPattern("  2\\. typed-\\w+  \\[judged 0%\\]  tides and the moon\n");
    assertThat(ok("queryset", "list", "--workspace", "s").out())
        .matches("tides\t2 queries\tguidelines\tcreated \\S+\n");

    for (String format : List.of("trec", "beir", "quepid", "text")) {
      Path file = home.resolve("tides." + format);
      assertThat(ok("queryset", "export", "--workspace", "s", "tides", "--format", format, file.toString()).out())
          .isEqualTo("Wrote 2 queries of tides to " + file + "\n");
      assertThat(ok("queryset", "import", "--workspace", "s", "copy-" + format, "--format", format, file.toString())
          .out()).isEqualTo("Imported 2 queries from " + file + " into copy-" + format + "\n");
      String copy = ok("queryset", "show", "--workspace", "s", "copy-" + format, "--k", "5").out();
      assertThat(copy).contains("q-en-01").contains("tides and the moon");
      if (!format.equals("text")) {
        assertThat(copy).contains("information need: the cause of two tides a day");
      }
    }
    assertThat(Files.readString(home.resolve("tides.quepid"))).startsWith("query,information_need,notes\n"
        + "why are there two high tides every day,the cause of two tides a day,\"moon\nand sun\"\n");

    ok("queryset", "rename", "--workspace", "s", "tides", "ocean");
    assertThat(ok("queryset", "remove", "--workspace", "s", "ocean", "TIDES AND THE MOON", "q-en-01").out())
        .matches("Removed typed-\\w+ from ocean\nRemoved q-en-01 from ocean\n");
    assertThat(ok("queryset", "show", "--workspace", "s", "ocean").out()).isEqualTo("Query set ocean: 0 queries\n");
    ok("queryset", "delete", "--workspace", "s", "ocean");
    assertThat(ok("queryset", "list", "--workspace", "s").out()).doesNotContain("ocean").contains("copy-beir");
  }

  @Test
  void mistakesPrintOneLine() throws Exception {
    Path bad = home.resolve("bad.csv");
    Files.writeString(bad, "query,notes\nfine,ok\ntoo,many,fields\n", StandardCharsets.UTF_8);
    CliRun r = relwb("queryset", "import", "--workspace", "w", "set", "--format", "quepid", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("relwb: " + bad + ":3: 3 fields for a header of 2: quote fields that hold commas,"
        + " and double the quotes inside them\n");
    CliRun format = relwb("queryset", "export", "--workspace", "w", "set", "--format", "xml", "out.xml");
    assertThat(format.err()).startsWith("relwb: ").hasLineCount(1);
    assertThat(relwb("queryset", "show", "--workspace", "w", "nope").err()).startsWith("relwb: There is no query set"
        + " 'nope'").hasLineCount(1);
    assertThat(relwb("queryset", "guidelines", "--workspace", "w", "x", "--file", "a", "--text", "b").code())
        .isEqualTo(2);
    ok("queryset", "create", "--workspace", "w", "set");
    CliRun show = ok("queryset", "add", "--workspace", "w", "set", "tides");
    assertThat(show.out()).startsWith("Query 1 of set: typed-");
    CliRun noIndex = ok("queryset", "show", "--workspace", "w", "set");
    assertThat(noIndex.out()).matches("Query set set: 1 queries\n  1\\. typed-\\w+  tides\n");
    assertThat(noIndex.err()).startsWith("note: no judged shares: ");
    assertThat(relwb("queryset", "remove", "--workspace", "w", "set", "moon").err())
        .isEqualTo("relwb: The query set 'set' has no query 'moon': give a topic id or query text that relwb queryset"
            + " show lists\n");
  }
}
