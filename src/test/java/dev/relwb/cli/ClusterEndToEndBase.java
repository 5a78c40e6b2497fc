package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.cluster.ClusterException;
import dev.relwb.core.CancelToken;
import dev.relwb.core.Json;
import dev.relwb.core.ProgressListener;
import dev.relwb.judge.JudgmentStore;
import dev.relwb.service.CompareRequest;
import dev.relwb.service.EvalOutcome;
import dev.relwb.service.RunJob;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// A workspace connected to a real search node (started by the test set-up in its own JVM), used end to
/// end through the CLI exactly as a local one: search with snippets and explanations, query templates,
/// batch runs with nDCG@10 against the local index, reranking with the tiny model (MaxP), judging,
/// pooling and evaluation, hostile queries, the error paths, and a node killed mid-run.
abstract class ClusterEndToEndBase {
  /// Queries that must neither break nor inject into a request.
  static final List<String> HOSTILE = List.of("say \"hello\" to the wing", "back\\slash \\\" flow",
      "{{query}} {\"match_all\": {}}", "heat & mass=transfer # frag", "line one\nline two\r\n\ttab",
      "\"}}, \"size\": 10000, \"query\": {\"match_all\": {}}, \"x\": {\"y\": \"", "q=*:*&rows=100000&fl=*",
      "%26%23%7B%22", "日本語 ümlaut 🚀 flow", "}{][,: wing", "(((", "text:boundary AND", "'; DROP TABLE runs; --");

  /// The CLI over one app folder for the whole class.
  abstract ClusterCli cli();

  /// The node's base URL.
  abstract String url() throws IOException;

  /// `workspace create` arguments that connect `name` to index/collection `index` with text field `text`.
  abstract List<String> connect(String name, String baseUrl, String index, String text) throws IOException;

  /// A template that searches the `body` field (title + text) as a bag of words, like the local index.
  abstract String bodyTemplate();

  /// A template the engine rejects, and a fragment of the reason it gives.
  abstract String[] rejectedTemplate();

  /// The engine's name as messages show it.
  abstract String engine();

  /// Kills the node (SIGKILL).
  abstract void kill() throws IOException;

  /// Starts the node again on the same port and data.
  abstract void restart() throws IOException;

  /// Creates workspace `ws` over the loaded Cranfield index with title/text fields and the `body` template.
  void createWorkspace(String ws) throws IOException {
    List<String> args = new ArrayList<>(List.of("workspace", "create", ws));
    args.addAll(connect(ws, url(), "cranfield", "text"));
    CliRun r = cli().run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("over " + engine() + " at " + url());
    CliRun t = cli().run("template", "set", "--workspace", ws, "body", "--body", bodyTemplate());
    assertThat(t.code()).as(t.err()).isZero();
    CliRun topics = cli().run("judge", "import", "--workspace", ws, "--topics",
        ClusterCli.CRANFIELD.resolve("queries.jsonl").toString());
    assertThat(topics.code()).as(topics.err()).isZero();
    assertThat(topics.out()).contains("Stored 225 topics");
  }

  @Test
  void searchGivesOurRecordsWithSnippetsAndExplanations() throws Exception {
    CliRun r = cli().run("search", "--workspace", "ws", "--template", "body", "--k", "3", "--explain",
        "--json", "boundary layer transition");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode page = r.json();
    assertThat(page.get("analyzer").asText()).isEqualTo(engine() + " template body");
    assertThat(page.get("totalMatches").asLong()).isGreaterThan(100);
    JsonNode hits = page.get("hits");
    assertThat(hits).hasSize(3);
    for (JsonNode h : hits) {
      assertThat(h.get("id").asText()).isEqualTo(h.get("docId").asText()).isNotBlank();
      assertThat(h.get("title").asText()).isNotBlank();
      assertThat(h.get("text").asText()).isNotBlank();
      JsonNode snip = h.get("snippet");
      assertThat(snip.get("highlights").size()).isPositive();
      JsonNode span = snip.get("highlights").get(0);
      assertThat(snip.get("text").asText().substring(span.get("start").asInt(), span.get("end").asInt())
          .toLowerCase(Locale.ROOT)).matches("boundar.*|layer.*|transit.*");
      assertThat(h.get("explanation").get("value").asDouble()).isCloseTo(h.get("score").asDouble(),
          org.assertj.core.data.Offset.offset(1e-3));
      assertThat(h.get("explanation").get("details").size()).isPositive();
    }
    assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
    CliRun list = cli().run("workspace", "list");
    assertThat(list.out()).contains("ws").contains(engine() + " at ").contains("templates: default, body");
  }

  @Test
  void aSmallPageSizePagesThroughTheSameList() throws Exception {
    List<String> args = new ArrayList<>(List.of("workspace", "create", "paged"));
    args.addAll(connect("paged", url(), "cranfield", "text"));
    args.addAll(List.of("--page-size", "7"));
    assertThat(cli().run(args.toArray(String[]::new)).code()).isZero();
    List<String> paged = ids(cli().run("search", "--workspace", "paged", "--k", "20", "--json", "heat transfer"));
    List<String> whole = ids(cli().run("search", "--workspace", "ws", "--k", "20", "--json", "heat transfer"));
    assertThat(paged).hasSize(20).isEqualTo(whole);
  }

  private static List<String> ids(CliRun r) throws IOException {
    assertThat(r.code()).as(r.err()).isZero();
    List<String> out = new ArrayList<>();
    r.json().get("hits").forEach(h -> out.add(h.get("docId").asText()));
    return out;
  }

  @Test
  void runAndEvalMatchTheLocalIndexWithinTwoHundredths() throws Exception {
    Path local = localRun();
    Path run = cli().file(engine() + "-body.trec");
    long t0 = System.nanoTime();
    CliRun r = cli().run("run", "--workspace", "ws", "--template", "body", "--k", "100", "--out",
        run.toString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(r.code()).as(r.err()).isZero();
    double clusterNdcg = cli().ndcg10(run);
    double localNdcg = cli().ndcg10(local);
    String line = String.format(Locale.ROOT, "cranfield nDCG@10: local %.4f, %s %.4f (delta %+.4f); %s run of 225"
        + " topics %.1f s%n", localNdcg, engine(), clusterNdcg, clusterNdcg - localNdcg, engine(), seconds);
    Files.writeString(Path.of("target/cluster-figures.txt"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    assertThat(Math.abs(clusterNdcg - localNdcg)).as(line).isLessThanOrEqualTo(0.02);
    JsonNode meta = Json.mapper().readTree(Files.readString(Path.of(run + ".json")));
    assertThat(meta.get("firstStage").get("engine").asText()).isEqualTo(engine());
    assertThat(meta.get("firstStage").get("url").asText()).isEqualTo(url());
    assertThat(meta.get("firstStage").get("index").asText()).isEqualTo("cranfield");
    assertThat(meta.get("firstStage").get("template").asText()).isEqualTo("body");
    assertThat(meta.get("firstStage").get("templateHash").asText()).hasSize(12);
    assertThat(meta.get("bm25K1").isNull()).isTrue();
    CliRun bench = cli().run("bench", "search", "--workspace", "ws", "--template", "body", "--warmup", "10");
    assertThat(bench.code()).as(bench.err()).isZero();
    assertThat(bench.out()).contains("225 queries").contains("queries/s");
    CliRun localBench = cli().run("bench", "search", "--workspace", "local", "--warmup", "10");
    Files.writeString(Path.of("target/cluster-figures.txt"), bench.out() + localBench.out(), StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  /// A run of the local index over Cranfield (indexed once per app folder).
  Path localRun() throws IOException {
    Path run = cli().file("local.trec");
    if (!Files.exists(run)) {
      CliRun idx = cli().run("index", "--workspace", "local", "--beir", ClusterCli.CRANFIELD.toString(),
          "--lang", "en");
      assertThat(idx.code()).as(idx.err()).isZero();
      CliRun r = cli().run("run", "--workspace", "local", "--k", "100", "--lang", "en", "--out",
          run.toString());
      assertThat(r.code()).as(r.err()).isZero();
    }
    return run;
  }

  @Test
  void rerankJudgePoolAndEvalWorkAsForALocalIndex() throws Exception {
    Path topics = cli().file("five.tsv");
    Files.writeString(topics, "1\twhat similarity laws must be obeyed when constructing aeroelastic models\n"
        + "2\twhat are the structural and aeroelastic problems associated with flight of high speed aircraft\n"
        + "4\twhat problems of heat conduction in composite slabs have been solved so far\n"
        + "8\tcan a criterion be developed to show empirically the validity of flow solutions\n"
        + "9\twhat chemical kinetic system is applicable to hypersonic aerodynamic problems\n");
    Path run = cli().file("rerank.trec");
    CliRun r = cli().run("run", "--workspace", "ws", "--topics", topics.toString(), "--k", "20", "--out",
        run.toString(), "--rerank", "--model", ClusterCli.TINY_MODEL.toString(), "--depth", "10",
        "--max-passages", "3");
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(run);
    assertThat(lines).hasSize(100);
    JsonNode meta = Json.mapper().readTree(Files.readString(Path.of(run + ".json")));
    assertThat(meta.get("system").asText()).isEqualTo("BM25+mono-XM");
    assertThat(meta.get("rerankDepth").asInt()).isEqualTo(10);
    assertThat(meta.get("firstStage").get("template").asText()).isEqualTo("default");
    String top = lines.getFirst().split(" ")[2];
    assertThat(cli().run("judge", "set", "--workspace", "ws", "--topic", "1", "--doc", top, "--grade", "2",
        "--annotator", "alice").code()).isZero();
    CliRun pool = cli().run("pool", "--workspace", "ws", "--run", run.toString(), "--k", "5");
    assertThat(pool.code()).as(pool.err()).isZero();
    assertThat(pool.out()).doesNotContain("\n1\t" + top + "\t").contains("\n1\t" + lines.get(1).split(" ")[2] + "\t");
    CliRun eval = cli().run("eval", "--workspace", "ws", "--run", run.toString(), "--metrics", "nDCG@10",
        "--json");
    assertThat(eval.code()).as(eval.err()).isZero();
    assertThat(eval.json().get("runs").get(0).get("per_topic").get("1").get("nDCG@10").asDouble()).isPositive();

    EvalOutcome tab = cli().services().evaluation().compareSystems(new CompareRequest("ws", null, "auto", 10, 20,
        null, null, null), ProgressListener.NONE, CancelToken.none());
    assertThat(tab.runs()).hasSize(2);
    assertThat(tab.runs().get(1).rankings()).isNotEmpty();
    assertThat(tab.runs()).allSatisfy(x -> assertThat(x.metadata().firstStage().engine()).isEqualTo(engine()));
  }

  @Test
  void hostileQueriesNeitherBreakNorInject() {
    for (String template : List.of("default", "body")) {
      for (String q : HOSTILE) {
        CliRun r = cli().run("search", "--workspace", "ws", "--template", template, "--k", "3", "--json", q);
        assertThat(r.code()).as(template + ": " + q + "\n" + r.err()).isZero();
        assertThat(r.out()).doesNotContain("\"totalMatches\":1400,\"notices\"");
        try {
          assertThat(r.json().get("hits").size()).as(q).isLessThanOrEqualTo(3);
          assertThat(r.json().get("query").asText()).isEqualTo(q);
        } catch (IOException e) {
          throw new AssertionError(q + ": " + r.out(), e);
        }
      }
    }
  }

  @Test
  void errorsNameTheClusterAndSayWhatToDo() throws Exception {
    long judgmentsBefore = judgmentRows();
    int free;
    try (ServerSocket s = new ServerSocket(0)) {
      free = s.getLocalPort();
    }
    String down = url().replaceFirst(":\\d+", ":" + free);
    assertError(List.of("workspace", "create", "down"), connect("down", down, "cranfield", "text"),
        "cannot be reached (connection refused)");
    assertError(List.of("workspace", "create", "noindex"), connect("noindex", url(), "nope", "text"),
        "has no " + (engine().equals("Solr") ? "collection" : "index") + " 'nope'");
    assertError(List.of("workspace", "create", "nofield"), connect("nofield", url(), "cranfield", "nope"),
        "no text field 'nope'");
    assertError(List.of("workspace", "create", "keyword"), connect("keyword", url(), "cranfield", "id"),
        "not analysed text");
    String[] rejected = rejectedTemplate();
    assertThat(cli().run("template", "set", "--workspace", "ws", "broken", "--body", rejected[0]).code()).isZero();
    CliRun bad = cli().run("search", "--workspace", "ws", "--template", "broken", "wing");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains(engine() + " at " + url()).contains("rejected the query (HTTP 400)")
        .contains(rejected[1]).contains("fix the query template");
    assertThat(bad.err().strip().lines().count()).isEqualTo(1);
    assertThat(cli().run("template", "delete", "--workspace", "ws", "broken").code()).isZero();
    try (ServerSocket silent = new ServerSocket(0)) {
      List<Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread accept = Thread.ofVirtual().start(() -> {
        try {
          held.add(silent.accept());
        } catch (IOException e) {
          // closed
        }
      });
      List<String> args = new ArrayList<>(connect("slow", url().replaceFirst(":\\d+", ":" + silent.getLocalPort()),
          "cranfield", "text"));
      args.addAll(List.of("--read-timeout", "700"));
      assertError(List.of("workspace", "create", "slow"), args, "did not answer within 700 ms");
      for (Socket s : held) {
        s.close();
      }
      accept.join(1000);
    }
    assertThat(judgmentRows()).isEqualTo(judgmentsBefore);
    assertThat(cli().services().workspaceService().names()).doesNotContain("down", "noindex", "nofield", "keyword",
        "slow");
  }

  /// Judgment rows ever recorded in workspace `ws` (the store is append-only).
  private long judgmentRows() {
    try (JudgmentStore store = JudgmentStore.open(cli().services().workspaceService().paths("ws").judgmentsDb())) {
      return store.historySize();
    }
  }

  private void assertError(List<String> head, List<String> tail, String fragment) {
    List<String> args = new ArrayList<>(head);
    args.addAll(tail);
    CliRun r = cli().run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.err()).contains(engine()).contains(fragment);
    assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
  }

  @Test
  void aNodeKilledMidRunGivesAClearErrorLosesNothingAndTheNextQueryWorksOnceItIsBack() throws Exception {
    Path run = cli().file("killed.trec");
    Files.writeString(run, "earlier run\n");
    assertThat(cli().run("judge", "set", "--workspace", "ws", "--topic", "2", "--doc", "12", "--grade", "1").code())
        .isZero();
    long judgments = judgmentRows();
    int[] done = {0};
    ProgressListener killAfterThree = p -> {
      if (++done[0] == 3) {
        try {
          kill();
        } catch (IOException e) {
          throw new AssertionError(e);
        }
      }
    };
    try {
      assertThatThrownBy(() -> cli().services().runs().run(new RunJob("ws", null, null, 100, run, "t", null, null,
          null, "body"), killAfterThree, CancelToken.none()))
          .isInstanceOf(ClusterException.class).hasMessageContaining(engine() + " at " + url())
          .hasMessageContaining("cannot be reached");
      assertThat(done[0]).isBetween(3, 224);
      assertThat(Files.readString(run)).isEqualTo("earlier run\n");
      assertThat(Path.of(run + ".partial")).doesNotExist();
      assertThat(judgmentRows()).isEqualTo(judgments);
      CliRun whileDown = cli().run("search", "--workspace", "ws", "wing");
      assertThat(whileDown.code()).isEqualTo(1);
      assertThat(whileDown.err()).contains("cannot be reached");
    } finally {
      restart();
    }
    CliRun back = cli().run("search", "--workspace", "ws", "--k", "2", "wing");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.out()).contains("  1. ");
  }
}
