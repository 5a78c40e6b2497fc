package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.app.AppContext;
import dev.relwb.core.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb snapshot save|list|diff|delete` end to end on the sample corpus in a real workspace: two BM25
/// snapshots with different k1 diff with rank moves and a metrics table whose figures are exactly those of
/// `relwb eval` on the exported runs and qrels; a snapshot with the tiny reranker diffs against now list by
/// list; errors exit 1 with a message.
class SnapshotCliTest {
  @TempDir Path home;


  private static CliRun relwb(AppContext ctx, String... args) {
    return CliRun.of(ctx, args);
  }

  private CliRun ok(AppContext ctx, String... args) {
    CliRun r = relwb(ctx, args);
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  @Test
  void saveListDiffAndDelete() throws Exception {
    AppContext ctx = CliRun.context(home);
    ok(ctx, "index", "--workspace", "s", "--beir", Path.of("sample-corpora/sample").toString());
    CliRun saved = ok(ctx, "snapshot", "save", "--workspace", "s", "k12", "--k", "20", "--note", "default k1");
    assertThat(saved.out()).startsWith("Saved snapshot k12 in s: BM25 in ");
    assertThat(saved.err()).contains("69/69");
    ok(ctx, "snapshot", "save", "--workspace", "s", "k03", "--k", "20", "--k1", "0.3");
    CliRun dup = relwb(ctx, "snapshot", "save", "--workspace", "s", "k12");
    assertThat(dup.code()).isEqualTo(1);
    assertThat(dup.err()).contains("The snapshot 'k12' exists already: pick another name");

    List<String> listed = ok(ctx, "snapshot", "list", "--workspace", "s").out().lines().toList();
    assertThat(listed).hasSize(2);
    assertThat(listed.get(0)).startsWith("k12 ").contains("(all topics)").contains("BM25").endsWith("  default k1")
        .containsPattern("  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z  ");
    assertThat(listed.get(1)).startsWith("k03 ");

    JsonNode diff = Json.mapper().readTree(ok(ctx, "snapshot", "diff", "--workspace", "s", "k12", "k03", "--json").out());
    assertThat(diff.get("a").asText()).isEqualTo("k12");
    assertThat(diff.get("k").asInt()).isEqualTo(10);
    JsonNode bm25 = diff.get("lists").get(0);
    assertThat(bm25.get("list").asText()).isEqualTo("BM25");
    theFiguresAreThoseOfRelwbEval(ctx, bm25.get("report"));

    String text = ok(ctx, "snapshot", "diff", "--workspace", "s", "k12", "k03").out();
    assertThat(text).startsWith("Snapshot k12 (A) vs k03 (B), top 10\n").contains("== BM25 ==");
    JsonNode report = bm25.get("report");
    double ndcgA = report.get("runs").get(0).get("mean").get("nDCG@10").asDouble();
    double ndcgB = report.get("runs").get(1).get("mean").get("nDCG@10").asDouble();
    assertThat(text).containsPattern("nDCG@10\\s+" + f(ndcgA) + "\\s+" + f(ndcgB) + "\\s+"
        + String.format(Locale.ROOT, "%+.4f", ndcgB - ndcgA).replace("+", "\\+"));
    JsonNode moved = firstChanged(bm25.get("queries"));
    assertThat(text).contains("  " + moved.get("topic").asText() + "  " + moved.get("text").asText() + "  (+"
        + moved.get("entered").asInt() + " -" + moved.get("left").asInt() + ")\n    " + tokens(moved) + "\n");

    String now = ok(ctx, "snapshot", "diff", "--workspace", "s", "k12", "--k", "5").out();
    assertThat(now).startsWith("Snapshot k12 (A) vs now (B), top 5\n").containsPattern("\n0 of 6\\d queries changed\n");

    ok(ctx, "snapshot", "delete", "--workspace", "s", "k03");
    assertThat(ok(ctx, "snapshot", "list", "--workspace", "s").out()).doesNotContain("k03");
    CliRun gone = relwb(ctx, "snapshot", "delete", "--workspace", "s", "k03");
    assertThat(gone.code()).isEqualTo(1);
    assertThat(gone.err()).contains("Workspace 's' has no snapshot 'k03'");
    CliRun unknown = relwb(ctx, "snapshot", "diff", "--workspace", "s", "k12", "k03");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("has no snapshot 'k03'");
    CliRun exported = relwb(ctx, "runs", "export", "--workspace", "s", "--name", "snapshot:k03:BM25",
        home.resolve("gone.trec").toString());
    assertThat(exported.code()).isEqualTo(1);
  }

  @Test
  void theTinyRerankerGivesAListPerAdapterThatDiffsAgainstNow() throws Exception {
    AppContext ctx = CliRun.context(home);
    ok(ctx, "index", "--workspace", "s", "--beir", Path.of("sample-corpora/sample").toString());
    CliRun noModel = relwb(ctx, "snapshot", "save", "--workspace", "s", "x", "--depth", "5");
    assertThat(noModel.code()).isEqualTo(1);
    assertThat(noModel.err()).contains("--depth and --adapter need --model");
    CliRun saved = ok(ctx, "snapshot", "save", "--workspace", "s", "mono", "--k", "20", "--model",
        Path.of("src/test/resources/models/xmod-tiny").toString(), "--depth", "5", "--adapter", "auto",
        "--adapter", "fr_XX");
    assertThat(saved.out()).startsWith("Saved snapshot mono in s: BM25, mono-XM auto, mono-XM fr_XX in ");
    AppContext fresh = CliRun.context(home);
    assertThat(ok(fresh, "snapshot", "diff", "--workspace", "s", "mono").out()).contains("== BM25 ==")
        .doesNotContain("mono-XM");
    JsonNode meta = Json.mapper().readTree(ok(fresh, "snapshot", "diff", "--workspace", "s", "mono", "--json",
        "--model", Path.of("src/test/resources/models/xmod-tiny").toString()).out());
    List<String> lists = new ArrayList<>();
    meta.get("lists").forEach(l -> lists.add(l.get("list").asText()));
    assertThat(lists).containsExactly("BM25", "mono-XM auto", "mono-XM fr_XX");
    meta.get("lists").forEach(l -> l.get("queries").forEach(q -> q.get("docs").forEach(d ->
        assertThat(d.get("rank_a").asInt()).isEqualTo(d.get("rank_b").asInt()))));

    Path run = home.resolve("fr.trec");
    ok(ctx, "runs", "export", "--workspace", "s", "--name", "snapshot:mono:mono-XM fr_XX", run.toString());
    JsonNode sidecar = Json.mapper().readTree(Path.of(run + ".json").toFile());
    assertThat(sidecar.get("system").asText()).isEqualTo("BM25+mono-XM");
    assertThat(sidecar.get("adapterLanguage").asText()).isEqualTo("fr_XX");
    assertThat(sidecar.get("rerankDepth").asInt()).isEqualTo(5);
  }

  /// The diff's report equals `relwb eval` of the snapshot's runs, both as saved runs and as exported files
  /// evaluated against the exported judgments.
  private void theFiguresAreThoseOfRelwbEval(AppContext ctx, JsonNode report) throws Exception {
    JsonNode saved = Json.mapper().readTree(ok(ctx, "eval", "--workspace", "s", "--run", "snapshot:k12:BM25",
        "--run", "snapshot:k03:BM25", "--json").out());
    Path a = home.resolve("k12.trec");
    Path b = home.resolve("k03.trec");
    Path qrels = home.resolve("qrels.txt");
    ok(ctx, "runs", "export", "--workspace", "s", "--name", "snapshot:k12:BM25", a.toString());
    ok(ctx, "runs", "export", "--workspace", "s", "--name", "snapshot:k03:BM25", b.toString());
    ok(ctx, "judge", "export", "--workspace", "s", "--format", "trec", qrels.toString());
    JsonNode files = Json.mapper().readTree(ok(ctx, "eval", "--qrels", qrels.toString(), "--run", a.toString(),
        "--run", b.toString(), "--json").out());
    for (JsonNode eval : List.of(saved, files)) {
      for (int i = 0; i < 2; i++) {
        assertThat(report.get("runs").get(i).get("mean")).isEqualTo(eval.get("runs").get(i).get("mean"));
        assertThat(report.get("runs").get(i).get("per_topic")).isEqualTo(eval.get("runs").get(i).get("per_topic"));
      }
      eval.get("comparison").get("metrics").properties().forEach(e -> {
        JsonNode got = report.get("comparison").get("metrics").get(e.getKey());
        for (String field : List.of("mean_a", "mean_b", "delta", "wins", "losses", "ties", "p_randomization",
            "p_ttest")) {
          assertThat(got.get(field)).as(e.getKey() + " " + field).isEqualTo(e.getValue().get(field));
        }
      });
    }
    assertThat(report.get("runs").get(0).get("mean").get("nDCG@10").asDouble())
        .isNotEqualTo(report.get("runs").get(1).get("mean").get("nDCG@10").asDouble());
  }

  private static JsonNode firstChanged(JsonNode queries) {
    for (JsonNode q : queries) {
      if (q.get("entered").asInt() > 0) {
        return q;
      }
    }
    throw new AssertionError("no query changed its top 10");
  }

  /// The moves as the text prints them, in the JSON's order of documents.
  private static String tokens(JsonNode q) {
    List<String> out = new ArrayList<>();
    for (JsonNode d : q.get("docs")) {
      int a = d.get("rank_a").asInt();
      int b = d.get("rank_b").asInt();
      String doc = d.get("doc").asText();
      if (a == 0) {
        out.add("+ " + doc);
      } else if (b == 0) {
        out.add("- " + doc);
      } else if (a != b) {
        out.add((a > b ? "▲" + (a - b) : "▼" + (b - a)) + " " + doc);
      }
    }
    return String.join("  ", out);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
