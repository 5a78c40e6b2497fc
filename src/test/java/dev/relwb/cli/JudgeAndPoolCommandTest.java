package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkspacePaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb judge import|export|set|agreement`, `relwb eval --workspace` and `relwb pool`, in-process,
/// on a real SQLite file in a temporary app folder.
class JudgeAndPoolCommandTest {
  @TempDir Path tmp;

  @Test
  void trecQrelsImportThenExportIsByteIdenticalAfterSorting() throws Exception {
    TestServices s = new TestServices(tmp);
    Path qrels = EvalCommandTrecEvalTest.root().resolve("qrels.txt");
    TestServices.Result imp = s.run("judge", "import", "--workspace", "w1", "--format", "trec", qrels.toString());
    assertThat(imp.exit()).as(imp.err()).isZero();
    assertThat(imp.out()).contains("1423 rows", "30 topics", "1423 judgments recorded");
    assertThat(imp.err()).contains("import: 1423/1423 (100%) importing qrels.txt");
    assertThat(WorkspacePaths.of(s.dirs(), "w1").judgmentsDb()).exists();
    Path out = tmp.resolve("export.txt");
    assertThat(s.run("judge", "export", "--workspace", "w1", "--format", "trec", out.toString()).exit()).isZero();
    assertThat(sortedBytes(out)).isEqualTo(sortedBytes(qrels));
    TestServices.Result again = s.run("judge", "import", "--workspace", "w1", "--format", "trec", qrels.toString());
    assertThat(again.out()).contains("0 judgments recorded", "(1423 unchanged)");
  }

  @Test
  void beirTsvRoundTrips() throws Exception {
    TestServices s = new TestServices(tmp);
    Path in = Files.writeString(tmp.resolve("test.tsv"),
        "query-id\tcorpus-id\tscore\nq2\tdoc-9\t0\nq1\tdoc 1\t2\nq1\tdoc-3\t1\n", StandardCharsets.UTF_8);
    assertThat(s.run("judge", "import", "--workspace", "b", "--format", "beir", in.toString()).exit()).isZero();
    Path out = tmp.resolve("out.tsv");
    assertThat(s.run("judge", "export", "--workspace", "b", "--format", "beir", out.toString()).exit()).isZero();
    assertThat(Files.readString(out)).isEqualTo("query-id\tcorpus-id\tscore\nq1\tdoc 1\t2\nq1\tdoc-3\t1\nq2\tdoc-9\t0\n");
  }

  @Test
  void quepidCsvRoundTripsWithQuotedQueryText() throws Exception {
    TestServices s = new TestServices(tmp);
    String csv = "query,docid,rating\n\"cheap flights, paris\",d1,3\n\"the \"\"best\"\" pizza\",d2,0\n"
        + "\"cheap flights, paris\",d7,1\n";
    Path in = Files.writeString(tmp.resolve("q.csv"), csv, StandardCharsets.UTF_8);
    assertThat(s.run("judge", "import", "--workspace", "q", "--format", "quepid", in.toString()).exit()).isZero();
    Path out = tmp.resolve("out.csv");
    assertThat(s.run("judge", "export", "--workspace", "q", "--format", "quepid", out.toString()).exit()).isZero();
    assertThat(Files.readAllLines(out)).containsExactly("query,docid,rating", "\"cheap flights, paris\",d1,3",
        "\"cheap flights, paris\",d7,1", "\"the \"\"best\"\" pizza\",d2,0");
  }

  @Test
  void readingAWorkspaceWithoutJudgmentsIsAnErrorAndCreatesNothing() {
    TestServices s = new TestServices(tmp);
    TestServices.Result r = s.run("judge", "export", "--workspace", "empty", "--format", "trec",
        tmp.resolve("x.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("Workspace 'empty' has no judgments yet");
    assertThat(WorkspacePaths.of(s.dirs(), "empty").judgmentsDb()).doesNotExist();
  }

  @Test
  void badGradeAndBadHeaderNameFileAndLine() throws Exception {
    TestServices s = new TestServices(tmp);
    Path q = Files.writeString(tmp.resolve("q.txt"), "1 0 a 1\n1 0 b 5\n", StandardCharsets.UTF_8);
    TestServices.Result r = s.run("judge", "import", "--workspace", "x", "--format", "trec", q.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("relwb: " + q + ":2: grade 5");
    assertThat(WorkspacePaths.of(s.dirs(), "x").judgmentsDb()).as("nothing half-imported").doesNotExist();
    Path b = Files.writeString(tmp.resolve("b.tsv"), "qid\tdoc\tscore\n", StandardCharsets.UTF_8);
    r = s.run("judge", "import", "--workspace", "x", "--format", "beir", b.toString());
    assertThat(r.err()).contains(b + ":1: expected the header 'query-id\\tcorpus-id\\tscore'");
  }

  @Test
  void setThenEvalOverTheWorkspaceThenPoolAndAgreement() throws Exception {
    TestServices s = new TestServices(tmp);
    for (String[] j : List.of(new String[] {"q1", "a", "3", "ann"}, new String[] {"q1", "b", "0", "ann"},
        new String[] {"q1", "a", "2", "bob"}, new String[] {"q1", "b", "1", "bob"},
        new String[] {"q2", "c", "1", "ann"}, new String[] {"q2", "d", "skip", "ann"})) {
      TestServices.Result r = s.run("judge", "set", "--workspace", "w", "--topic", j[0], "--doc", j[1], "--grade", j[2],
          "--annotator", j[3]);
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("Saved judgment ");
    }
    Path runA = Files.writeString(tmp.resolve("a.run"),
        "q1 Q0 a 1 3 A\nq1 Q0 x 2 2 A\nq2 Q0 d 1 5 A\nq2 Q0 c 2 4 A\n", StandardCharsets.UTF_8);
    Path runB = Files.writeString(tmp.resolve("b.run"),
        "q1 Q0 y 1 3 B\nq1 Q0 a 2 2 B\nq2 Q0 c 1 5 B\nq2 Q0 z 2 1 B\n", StandardCharsets.UTF_8);
    TestServices.Result ev = s.run("eval", "--workspace", "w", "--run", runA.toString(), "--run", runB.toString(),
        "--metrics", "RR,P@1", "--json");
    assertThat(ev.exit()).as(ev.err()).isZero();
    JsonNode json = Json.mapper().readTree(ev.out());
    // latest grade per pair: q1/a = 2 (bob), q1/b = 1 (bob), q2/c = 1; q2/d skipped = unjudged
    assertThat(json.at("/runs/0/per_topic/q1/RR").asDouble()).isEqualTo(1.0);
    assertThat(json.at("/runs/0/per_topic/q2/RR").asDouble()).isEqualTo(0.5);
    assertThat(json.at("/runs/1/mean/RR").asDouble()).isEqualTo(0.75);
    assertThat(json.at("/comparison/metrics/RR/wins").asInt()).isEqualTo(1);
    assertThat(json.at("/comparison/metrics/RR/losses").asInt()).isEqualTo(1);
    assertThat(json.at("/comparison/unjudged_depth").asInt()).isEqualTo(10);

    TestServices.Result pool = s.run("pool", "--workspace", "w", "--run", runA.toString(), "--run", runB.toString(),
        "--k", "2");
    assertThat(pool.exit()).as(pool.err()).isZero();
    assertThat(pool.out()).isEqualTo("topic\tdoc\tbest_rank\tranks\nq1\ty\t1\tb:1\nq1\tx\t2\ta:2\n"
        + "q2\td\t1\ta:1\nq2\tz\t2\tb:2\n");

    TestServices.Result agree = s.run("judge", "agreement", "--workspace", "w", "--json");
    JsonNode a = Json.mapper().readTree(agree.out());
    assertThat(a.at("/pairs/0/items").asInt()).isEqualTo(2);
    assertThat(a.at("/disagreements")).hasSize(2);
  }

  @Test
  void tableMarkdownAndCsvReportsCarryTheValues() throws Exception {
    TestServices s = new TestServices(tmp);
    Path root = EvalCommandTrecEvalTest.root();
    String[] base = {"eval", "--qrels", root.resolve("qrels.txt").toString(), "--run",
        root.resolve("runs/run_a_baseline.txt").toString(), "--run", root.resolve("runs/run_b_ties.txt").toString(),
        "--metrics", "nDCG@10,AP"};
    String table = s.run(base).out();
    assertThat(table).contains("averaging: run", "run_a_baseline", "run_b_ties", "W/L/T", "p(rand)")
        .containsPattern("nDCG@10\\s+0\\.3914\\s+0\\.2567\\s+-0\\.1301\\s+7/19/3")
        .contains("over 29 topics, a run lacking a topic scoring 0 there");
    String md = s.run(concat(base, "--format", "markdown")).out();
    assertThat(md).contains("| metric | run_a_baseline | run_b_ties | delta | W/L/T | p(rand) | p(t) |")
        .contains("| AP | 0.2598 | 0.1866 |");
    List<String> csv = s.run(concat(base, "--format", "csv")).out().lines().toList();
    assertThat(csv.get(0)).isEqualTo("topic,metric,run_a_baseline,run_b_ties,delta,wins,losses,ties,p_randomization,p_ttest");
    assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("all,nDCG@10,0.39137733201725655,0.25666363326004965,-0.1300683988000618,7,19,3,"));
  }

  @Test
  void runImportThenExportKeepsOrderAndMetadataAndEvaluatesAsSaved() throws Exception {
    TestServices s = new TestServices(tmp);
    Path root = EvalCommandTrecEvalTest.root();
    Path ties = root.resolve("runs/run_b_ties.txt");
    Path meta = tmp.resolve("ties.txt.json");
    Files.copy(ties, tmp.resolve("ties.txt"));
    Files.writeString(meta, "{\"system\":\"BM25\",\"bm25K1\":0.9,\"bm25B\":0.4,\"created\":\"2026-11-27T00:00:00Z\"}");
    TestServices.Result imp = s.run("runs", "import", "--workspace", "r", tmp.resolve("ties.txt").toString());
    assertThat(imp.exit()).as(imp.err()).isZero();
    Path out = tmp.resolve("exported.txt");
    TestServices.Result exp = s.run("runs", "export", "--workspace", "r", "--name", "ties", out.toString());
    assertThat(exp.exit()).as(exp.err()).isZero();
    assertThat(Files.readString(tmp.resolve("exported.txt.json"))).contains("\"bm25K1\" : 0.9", "\"system\" : \"BM25\"");
    String q = root.resolve("qrels.txt").toString();
    JsonNode fromFile = evalJson(s, "--qrels", q, "--run", ties.toString());
    JsonNode fromExport = evalJson(s, "--qrels", q, "--run", out.toString());
    JsonNode fromSaved = evalJson(s, "--qrels", q, "--workspace", "r", "--run", "ties");
    assertThat(fromExport.at("/runs/0/per_topic")).isEqualTo(fromFile.at("/runs/0/per_topic"));
    assertThat(fromSaved.at("/runs/0/per_topic")).isEqualTo(fromFile.at("/runs/0/per_topic"));
    List<String> lines = Files.readAllLines(out);
    for (int i = 1; i < lines.size(); i++) {
      String[] prev = lines.get(i - 1).split(" ");
      String[] cur = lines.get(i).split(" ");
      if (prev[0].equals(cur[0])) {
        assertThat(Double.parseDouble(cur[4])).isLessThan(Double.parseDouble(prev[4]));
      }
    }
  }

  private static JsonNode evalJson(TestServices s, String... given) throws Exception {
    String[] args = concat(concat(new String[] {"eval"}, given), "--metrics", "nDCG@10,AP,RR", "--json");
    TestServices.Result r = s.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return Json.mapper().readTree(r.out());
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static List<String> sortedBytes(Path p) throws Exception {
    return Files.readAllLines(p, StandardCharsets.UTF_8).stream().sorted().toList();
  }
}
