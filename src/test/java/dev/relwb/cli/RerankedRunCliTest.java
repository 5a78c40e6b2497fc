package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.app.AppContext;
import dev.relwb.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb index --beir` stores the collection's topics and qrels as judgments, and
/// `relwb run --rerank --model` puts the reranked head above the BM25 tail with strictly decreasing scores.
class RerankedRunCliTest {
  @TempDir Path home;


  private static CliRun relwb(AppContext ctx, String... args) {
    return CliRun.of(ctx, args);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(RerankedRunCliTest.class.getResource(name).toURI());
  }

  @Test
  void importStoresJudgmentsAndRerankedRunKeepsScoresStrictlyDecreasing() throws Exception {
    AppContext ctx = CliRun.context(home);
    CliRun idx = relwb(ctx, "index", "--workspace", "xq", "--beir", resource("/data/xquad/en").toString(), "--lang", "en");
    assertThat(idx.code()).as(idx.err()).isZero();

    Path exported = home.resolve("qrels.txt");
    CliRun exp = relwb(ctx, "judge", "export", "--workspace", "xq", "--format", "trec", exported.toString());
    assertThat(exp.code()).as(exp.err()).isZero();
    assertThat(Files.readAllLines(exported)).hasSize(1190);

    Path topics = home.resolve("topics.tsv");
    Files.writeString(topics, "t1\tWhat is the capital of France?\nt2\tWho wrote the theory of relativity?\n"
        + "t3\tHow do plants make food from sunlight?\n");
    Path bm25 = home.resolve("bm25.trec");
    Path reranked = home.resolve("reranked.trec");
    assertThat(relwb(ctx, "run", "--workspace", "xq", "--topics", topics.toString(), "--lang", "en", "--k", "10",
        "--out", bm25.toString()).code()).isZero();
    CliRun run = relwb(ctx, "run", "--workspace", "xq", "--topics", topics.toString(), "--lang", "en", "--k", "10",
        "--out", reranked.toString(), "--tag", "mono", "--rerank", "--model", resource("/models/xmod-tiny").toString(),
        "--depth", "5", "--precision", "bf16");
    assertThat(run.code()).as(run.err()).isZero();

    Map<String, List<String[]>> a = byTopic(bm25);
    Map<String, List<String[]>> b = byTopic(reranked);
    assertThat(b.keySet()).containsExactly("t1", "t2", "t3");
    for (String t : b.keySet()) {
      List<String[]> rows = b.get(t);
      assertThat(rows).hasSize(10);
      for (int i = 1; i < rows.size(); i++) {
        assertThat(Double.parseDouble(rows.get(i)[4])).isLessThan(Double.parseDouble(rows.get(i - 1)[4]));
      }
      // the reranked head holds the same five documents as the BM25 head; the tail is BM25's, in order
      assertThat(ids(rows.subList(0, 5))).isEqualTo(ids(a.get(t).subList(0, 5)));
      assertThat(rows.subList(5, 10).stream().map(r -> r[2]).toList())
          .isEqualTo(a.get(t).subList(5, 10).stream().map(r -> r[2]).toList());
      assertThat(rows.getFirst()[5]).isEqualTo("mono");
    }
    JsonNode meta = Json.mapper().readTree(Path.of(reranked + ".json").toFile());
    assertThat(meta.get("system").asText()).isEqualTo("BM25+mono-XM");
    assertThat(meta.get("rerankDepth").asInt()).isEqualTo(5);
    assertThat(meta.get("precision").asText()).isEqualTo("bf16");
    assertThat(meta.get("modelFamily").asText()).isEqualTo("X-MOD");
    assertThat(meta.get("maxLength").asInt()).isEqualTo(512);               // 514 positions - pad 1 - 1
    assertThat(meta.get("weightsSha256").asText()).isNotBlank();
    assertThat(meta.get("bm25K1").asDouble()).isEqualTo(1.2, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(Json.mapper().readTree(Path.of(bm25 + ".json").toFile()).get("system").asText()).isEqualTo("BM25");
  }

  @Test
  void withoutTopicsTheRunCoversTheWorkspacesOwnTopics() throws Exception {
    AppContext ctx = CliRun.context(home);
    assertThat(relwb(ctx, "index", "--workspace", "xq", "--beir", resource("/data/xquad/en").toString(), "--lang",
        "en").code()).isZero();
    Path run = home.resolve("all.trec");
    CliRun r = relwb(ctx, "run", "--workspace", "xq", "--k", "3", "--out", run.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(byTopic(run)).hasSize(1190).allSatisfy((topic, rows) -> assertThat(rows).hasSize(3));
    assertThat(relwb(ctx, "workspace", "create", "empty").code()).isZero();
    CliRun none = relwb(ctx, "run", "--workspace", "empty", "--out", home.resolve("x.trec").toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("Workspace 'empty' has no topics: give --topics FILE");
  }

  private static Set<String> ids(List<String[]> rows) {
    return rows.stream().map(r -> r[2]).collect(Collectors.toSet());
  }

  private static Map<String, List<String[]>> byTopic(Path run) throws Exception {
    Map<String, List<String[]>> m = new LinkedHashMap<>();
    for (String line : Files.readAllLines(run)) {
      String[] f = line.trim().split("\\s+");
      m.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    return m;
  }
}
