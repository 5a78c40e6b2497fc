package dev.relwb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.QueryFiles.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The query files of query sets: each format written and read back gives the same queries (ids where the
/// format has them, information needs and notes), hostile CSV survives, and a bad file is one message
/// naming the file and the line.
class QueryFilesTest {
  @TempDir Path dir;

  private Path file(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<QueryEntry> roundTrip(Format format, List<QueryEntry> entries) {
    Path p = dir.resolve("out." + format.name().toLowerCase());
    QueryFiles.write(format, entries, p);
    return QueryFiles.read(format, p);
  }

  @Test
  void trecTopicsKeepNumTitleDescriptionAndNarrative() throws Exception {
    List<QueryEntry> read = QueryFiles.read(Format.TREC, file("topics.txt", """
        <top>
        <num> Number: 301
        <title> International Organized Crime

        <desc> Description:
        Identify organizations that participate in
        international criminal activity.

        <narr> Narrative:
        A relevant document must name the organization.
        </top>

        <top>
        <num> Number: 302
        <title> Poliomyelitis and Post-Polio
        </top>
        """));
    assertThat(read).containsExactly(
        new QueryEntry("301", "International Organized Crime", null,
            "Identify organizations that participate in international criminal activity.",
            "A relevant document must name the organization."),
        new QueryEntry("302", "Poliomyelitis and Post-Polio", null, null, null));

    List<QueryEntry> entries = List.of(new QueryEntry("q1", "a < b & c > d", null, "need <with> & marks", "notes"),
        new QueryEntry("q-2", "tides", null, null, "only notes"));
    assertThat(roundTrip(Format.TREC, entries)).isEqualTo(entries);
  }

  @Test
  void beirQueriesKeepIdsLanguageInformationNeedAndNotes() throws Exception {
    List<QueryEntry> read = QueryFiles.read(Format.BEIR, file("queries.jsonl", """
        {"_id":"q1","text":"tides","metadata":{"language":"en","information_need":"why tides","notes":"n1"}}

        {"_id":"q2","text":"marées","information_need":"top level","notes":"n2"}
        {"_id":"q3","text":"plain"}
        """));
    assertThat(read).containsExactly(new QueryEntry("q1", "tides", "en", "why tides", "n1"),
        new QueryEntry("q2", "marées", null, "top level", "n2"), new QueryEntry("q3", "plain", null, null, null));

    List<QueryEntry> entries = List.of(new QueryEntry("a b", "say \"hi\"", "fr", "line one\nline two", "x, y"),
        new QueryEntry("q9", "nine", null, null, null));
    assertThat(roundTrip(Format.BEIR, entries)).isEqualTo(entries);
  }

  @Test
  void hostileQuepidCsvSurvivesAndTheHeaderIsCaseInsensitiveWithOptionalColumns() throws Exception {
    List<QueryEntry> read = QueryFiles.read(Format.QUEPID, file("cases.csv",
        "\uFEFFNotes,QUERY,Information_Need,extra\n"
        + "\"n, 1\",\"tides, moon\",\"what \"\"causes\"\" them\nover two lines\",x\n"
        + "\n"
        + ",simple query,,\n"));
    assertThat(read).containsExactly(
        new QueryEntry(null, "tides, moon", null, "what \"causes\" them\nover two lines", "n, 1"),
        new QueryEntry(null, "simple query", null, null, null));
    assertThat(QueryFiles.read(Format.QUEPID, file("only.csv", "query\nfirst\nsecond\n")))
        .extracting(QueryEntry::text).containsExactly("first", "second");

    List<QueryEntry> entries = List.of(
        new QueryEntry(null, "\"quoted\", with comma", null, "need\nwith \"newline\"", "notes, \"x\"\r\nend"),
        new QueryEntry(null, "=1+1", null, null, "ünïcødé ✓"));
    Path out = dir.resolve("out.csv");
    QueryFiles.write(Format.QUEPID, entries, out);
    assertThat(Files.readAllLines(out).getFirst()).isEqualTo("query,information_need,notes");
    assertThat(QueryFiles.read(Format.QUEPID, out)).isEqualTo(entries);
  }

  @Test
  void textListsSkipBlankLinesAndComments() throws Exception {
    assertThat(QueryFiles.read(Format.TEXT, file("q.txt", "# my queries\n  tides  \n\nbike tube\n")))
        .containsExactly(new QueryEntry(null, "tides", null, null, null),
            new QueryEntry(null, "bike tube", null, null, null));
    List<QueryEntry> entries = List.of(new QueryEntry(null, "one", null, null, null),
        new QueryEntry(null, "two words", null, null, null));
    assertThat(roundTrip(Format.TEXT, entries)).isEqualTo(entries);
  }

  @Test
  void badFilesNameTheFileAndTheLine() throws Exception {
    Path csv = file("bad.csv", "query,notes\n\"multi\nline\",ok\ntoo,many,fields\n");
    assertBad(Format.QUEPID, csv, csv + ":4: 3 fields for a header of 2");
    Path header = file("header.csv", "text,notes\nq,n\n");
    assertBad(Format.QUEPID, header, header + ":1: expected the header query,information_need,notes");
    Path quote = file("quote.csv", "query\nfine\n\"never closed\n");
    assertBad(Format.QUEPID, quote, quote + ":3: not valid CSV from this row on (Missing closing quote");
    Path empty = file("empty.csv", "query,notes\n,just notes\n");
    assertBad(Format.QUEPID, empty, empty + ":2: the query is empty");

    Path open = file("open.trec", "<top>\n<num> Number: 1\n<title> a\n</top>\n\n<top>\n<num> Number: 2\n<title> b\n");
    assertBad(Format.TREC, open, open + ":6: this <top> has no </top>");
    Path noTitle = file("notitle.trec", "<top>\n<num> Number: 1\n<title> a\n</top>\n<top>\n<num> Number: 2\n</top>\n");
    assertBad(Format.TREC, noTitle, noTitle + ":5: a topic needs a <num> and a <title>");
    Path notTrec = file("tsv.trec", "1\ttides\n");
    assertBad(Format.TREC, notTrec, notTrec + ":1: expected TREC topics");

    Path json = file("bad.jsonl", "{\"_id\":\"1\",\"text\":\"a\"}\n{\"_id\":\"2\",\"text\":\n");
    assertBad(Format.BEIR, json, "Line 2 of " + json);
    Path noText = file("notext.jsonl", "{\"_id\":\"1\",\"text\":\"a\"}\n\n{\"_id\":\"2\"}\n");
    assertBad(Format.BEIR, noText, noText + ":3: query 2 has no \"text\"");

    Path binary = file("bin.txt", "fine\nbin\0ary\n");
    assertBad(Format.TEXT, binary, binary + ":2: binary data");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    assertBad(Format.TEXT, latin1, latin1 + ": it is not UTF-8 text");
    assertBad(Format.TEXT, dir.resolve("missing.txt"), "missing.txt: no such file");
    assertThatThrownBy(() -> Format.parse("xml")).hasMessage("Unknown query file format 'xml': use trec, beir,"
        + " quepid or text");
  }

  private static void assertBad(Format format, Path file, String message) {
    assertThatThrownBy(() -> QueryFiles.read(format, file)).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(message).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
