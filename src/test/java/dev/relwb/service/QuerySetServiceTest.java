package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.QueryId;
import dev.relwb.core.WorkspacePaths;
import dev.relwb.judge.Change;
import dev.relwb.judge.JudgmentStore;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Query sets on the real services and a real SQLite store: every change and its history entry, each
/// file format imported, exported and imported again, a bad file that changes nothing, and the judged
/// shares of the sample corpus's queries against its imported qrels.
class QuerySetServiceTest {
  @TempDir Path home;
  private AppDirs dirs;
  private JudgmentService judgments;
  private IndexServices index;
  private QuerySetService sets;

  @BeforeEach
  void setUp() {
    dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    judgments = new JudgmentService(dirs);
    index = new IndexServices(dirs, judgments);
    sets = new QuerySetService(judgments, index.searching());
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  @Test
  void everyChangeIsStoredWithItsHistory() {
    assertThat(sets.sets("w")).isEmpty();
    assertThat(WorkspacePaths.of(dirs, "w").judgmentsDb()).doesNotExist();
    sets.create("w", "tides");
    sets.setGuidelines("w", "tides", "# Grade\n3 = *perfect*");
    QuerySetItem first = sets.addQuery("w", "tides", "  Why two tides a day ", "auto", "explain the tides", null);
    QuerySetItem second = sets.addQuery("w", "tides", "spring tides", "en", null, "full moon");
    assertThat(first.topic().id().value()).startsWith("typed-");
    assertThat(first.topic().text()).isEqualTo("Why two tides a day");
    assertThat(first.position()).isEqualTo(1);
    assertThat(second.topic().language()).isEqualTo("en");
    assertThat(sets.addQuery("w", "tides", "why TWO tides a day", "auto", "explain", null).topic())
        .isEqualTo(first.topic());
    assertThat(judgments.topicFor("w", "spring tides", "auto")).isEqualTo(second.topic());

    sets.updateQuery("w", "tides", second.topic().id(), "neap and spring", "new moon too");
    assertThat(sets.items("w", "tides")).extracting(i -> i.topic().text(), QuerySetItem::position,
        QuerySetItem::infoNeed, QuerySetItem::notes).containsExactly(
            tuple("Why two tides a day", 1, "explain", null),
            tuple("spring tides", 2, "neap and spring", "new moon too"));
    sets.rename("w", "tides", "ocean");
    sets.removeQuery("w", "ocean", first.topic().id());
    assertThat(sets.sets("w")).singleElement().extracting(QuerySet::name, QuerySet::guidelines, QuerySet::size)
        .containsExactly("ocean", "# Grade\n3 = *perfect*", 1);
    sets.delete("w", "ocean");
    assertThat(sets.sets("w")).isEmpty();
    assertThat(judgments.topics("w")).hasSize(2);

    try (JudgmentStore store = JudgmentStore.open(WorkspacePaths.of(dirs, "w").judgmentsDb())) {
      assertThat(store.team().changes()).extracting(Change::kind, Change::subject, Change::action).containsExactly(
          tuple("query_set", "tides", "create"), tuple("guidelines", "tides", "update"),
          tuple("query", "tides/" + first.topic().id().value(), "add"),
          tuple("query", "tides/" + second.topic().id().value(), "add"),
          tuple("query", "tides/" + first.topic().id().value(), "update"),
          tuple("query", "tides/" + second.topic().id().value(), "update"),
          tuple("query_set", "tides", "rename"), tuple("query", "ocean/" + first.topic().id().value(), "remove"),
          tuple("query_set", "ocean", "delete"));
    }
  }

  @Test
  void mistakesAreOneClearMessage() {
    sets.create("w", "a");
    assertThatThrownBy(() -> sets.create("w", "a")).hasMessageContaining("'a' exists already");
    assertThatThrownBy(() -> sets.items("w", "nope")).hasMessageContaining("no query set 'nope'");
    assertThatThrownBy(() -> sets.addQuery("w", "nope", "tides", "auto", null, null))
        .hasMessageContaining("no query set 'nope'");
    assertThat(judgments.topics("w")).isEmpty();
    assertThatThrownBy(() -> sets.addQuery("w", "a", " ", "auto", null, null)).hasMessageContaining("needs text");
    assertThatThrownBy(() -> sets.removeQuery("w", "a", new QueryId("q9")))
        .hasMessage("Query 'q9' is not in the query set 'a': relwb queryset show lists its queries");
    assertThatThrownBy(() -> sets.updateQuery("w", "a", new QueryId("q9"), "x", null))
        .hasMessageContaining("'q9' is not in the query set 'a'");
    assertThatThrownBy(() -> sets.exportFile("w", "a", "xml", home.resolve("x"))).hasMessageContaining("use trec,");
  }

  @Test
  void eachFormatRoundTripsAndABadFileChangesNothing() throws Exception {
    Path beir = write("queries.jsonl", """
        {"_id":"q1","text":"tides","metadata":{"language":"en","information_need":"why tides","notes":"moon, sun"}}
        {"_id":"q2","text":"bike tube","notes":"a \\"quoted\\"\\nnote"}
        """);
    Path trec = write("topics.trec", """
        <top>
        <num> Number: 51
        <title> airbus subsidies
        <desc> Description:
        Document will discuss government assistance
        to Airbus.
        <narr> Narrative:
        Relevant: subsidies & loans.
        </top>
        """);
    Path csv = write("cases.csv", "query,information_need,notes\n"
        + "\"TIDES\",\"what \"\"tides\"\", really\nare\",\"x,y\"\n"
        + "new query,,only notes\n");
    Path text = write("list.txt", "# queries\nbike tube\n\nsomething else\n");
    for (String[] c : List.of(new String[] {"beir", beir.toString()}, new String[] {"trec", trec.toString()},
        new String[] {"quepid", csv.toString()}, new String[] {"text", text.toString()})) {
      String format = c[0];
      assertThat(sets.importFile("w", format + "-1", format, Path.of(c[1]))).isPositive();
      Path out = home.resolve("export." + format);
      assertThat(sets.exportFile("w", format + "-1", format, out)).isEqualTo(sets.items("w", format + "-1").size());
      sets.importFile("w", format + "-2", format, out);
      assertThat(view(format + "-2")).as(format).isEqualTo(view(format + "-1"));
    }
    assertThat(view("beir-1")).containsExactly(List.of("q1", "tides", "why tides", "moon, sun"),
        List.of("q2", "bike tube", "", "a \"quoted\"\nnote"));
    assertThat(view("trec-1")).containsExactly(List.of("51", "airbus subsidies",
        "Document will discuss government assistance to Airbus.", "Relevant: subsidies & loans."));
    // text-keyed formats find topics by their text, as the Search tab does
    List<List<String>> quepid = view("quepid-1");
    assertThat(quepid.getFirst()).containsExactly("q1", "tides", "what \"tides\", really\nare", "x,y");
    assertThat(quepid.get(1).getFirst()).startsWith("typed-");
    assertThat(view("text-1")).extracting(List::getFirst).containsExactly("q2",
        JudgmentService.typedId("something else"));

    Path bad = write("bad.csv", "query,notes\nfine,ok\n\"two\nlines\",ok,extra\n");
    assertThatThrownBy(() -> sets.importFile("w", "bad", "quepid", bad)).hasMessageStartingWith(bad + ":3: ");
    assertThat(sets.sets("w")).extracting(QuerySet::name).doesNotContain("bad");
    Path empty = write("empty.txt", "# nothing\n");
    assertThatThrownBy(() -> sets.importFile("w", "e", "text", empty)).hasMessageContaining("No queries in " + empty);
  }

  @Test
  void judgedSharesCountTheGradedDocumentsOfEachQuerysTop10() throws Exception {
    Path sample = Path.of("sample-corpora/sample");
    index.indexing().importSource("s", SourceKind.BEIR, sample, ProgressListener.NONE, CancelToken.none());
    assertThat(sets.importFile("s", "sample", "beir", sample.resolve("queries.jsonl"))).isEqualTo(69);
    QuerySetItem typed = sets.addQuery("s", "sample", "tides and the moon", "en", null, null);

    Map<QueryId, Double> shares = sets.judgedShares("s", "sample", 10, null);
    assertThat(shares).hasSize(70);
    assertThat(shares.values()).allMatch(v -> v >= 0 && v <= 1);
    Set<String> qrels = Files.readAllLines(sample.resolve("qrels/test.tsv")).stream().skip(1)
        .map(l -> l.split("\t")).filter(f -> f[0].equals("q-en-01")).map(f -> f[1]).collect(Collectors.toSet());
    List<String> top = index.searching().search("s", new SearchQuery("why are there two high tides every day", "en",
        10, false, false, false, null, null, null)).hits().stream().map(h -> h.docId()).toList();
    assertThat(shares.get(new QueryId("q-en-01")))
        .isEqualTo((double) top.stream().filter(qrels::contains).count() / top.size()).isPositive();
    assertThat(shares.get(typed.topic().id())).isZero();

    List<String> typedTop = index.searching().search("s", new SearchQuery("tides and the moon", "en", 10, false, false,
        false, null, null, null)).hits().stream().map(h -> h.docId()).toList();
    judgments.set("s", typed.topic().id().value(), typedTop.get(0), "2", "ann", null);
    judgments.set("s", typed.topic().id().value(), typedTop.get(1), "skip", "ann", null);
    assertThat(sets.judgedShares("s", "sample", 10, null).get(typed.topic().id()))
        .isEqualTo(1.0 / typedTop.size());
    assertThat(sets.judgedShares("s", "sample", 1, null).get(typed.topic().id())).isEqualTo(1.0);
    assertThatThrownBy(() -> sets.judgedShares("s", "sample", 0, null)).hasMessageContaining("at least 1");
  }

  private Path write(String name, String content) throws Exception {
    Path p = home.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  /// Each item as [topic id, text, information need, notes] ("" for none).
  private List<List<String>> view(String set) {
    return sets.items("w", set).stream().map(i -> List.of(i.topic().id().value(), i.topic().text(),
        i.infoNeed() == null ? "" : i.infoNeed(), i.notes() == null ? "" : i.notes())).toList();
  }
}
