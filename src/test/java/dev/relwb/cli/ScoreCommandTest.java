package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import dev.relwb.rerank.ModelOpener;
import dev.relwb.service.RerankService;
import dev.relwb.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/// `relwb score` reproduces every case of `golden-text.json` (single pairs through
/// `--query/--passage`, batches through `--pairs`), and reports bad input in one line. It runs on the
/// rerank service (one model, the inference thread), with its score cache off (`--no-cache`) except
/// where a test says otherwise.
class ScoreCommandTest {
  private static final AppDirs DIRS = tempDirs();
  private static final RerankService MODELS = new RerankService(DIRS, ModelOpener.xmod());
  private static final Services SERVICES = new StubServices(DIRS, MODELS, null);

  @TempDir
  Path tmp;

  private static AppDirs tempDirs() {
    try {
      Path root = Files.createTempDirectory("relwb-score-test");
      return new AppDirs(root.resolve("data"), root.resolve("cache"), root.resolve("config")).ensureExist();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void close() {
    MODELS.close();
  }

  private static Path tiny() throws URISyntaxException {
    return Path.of(ScoreCommandTest.class.getResource("/models/xmod-tiny/config.json").toURI()).getParent();
  }

  private record Run(int exit, String out, String err) { }

  private static Run run(String... args) {
    CommandLine cl = Cli.commandLine(SERVICES);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyGoldenTextCaseThroughTheCli() throws Exception {
    JsonNode g = Json.mapper().readTree(tiny().resolve("golden-text.json").toFile());
    for (JsonNode c : g.get("cases")) {
      String name = c.get("name").asText();
      List<String> args = new ArrayList<>(List.of("score", "--model", tiny().toString(), "--device", "cpu", "--no-cache",
          "--max-length", c.get("max_length").asText()));
      if (c.get("pairs").size() == 1) {
        args.addAll(List.of("--lang", c.get("langs").get(0).asText(), "--query=" + c.get("query").asText(),
            "--passage=" + c.get("passage").asText()));
      } else {
        args.addAll(List.of("--pairs", pairsFile(c).toString()));
      }
      Run r = run(args.toArray(String[]::new));
      assertThat(r.exit()).as(name + ": " + r.err()).isZero();
      assertThat(r.err()).contains("on cpu (").contains("(sha256:");
      String[] lines = r.out().strip().split("\n");
      assertThat(lines).as(name).hasSize(c.get("pairs").size());
      for (int i = 0; i < lines.length; i++) {
        JsonNode o = Json.mapper().readTree(lines[i]);
        assertThat(o.get("index").asInt()).isEqualTo(i);
        assertThat(o.get("lang").asText()).isEqualTo(c.get("langs").get(i).asText());
        assertThat(o.get("logit").floatValue()).as(name + " row " + i)
            .isCloseTo((float) c.get("logits").get(i).get(0).asDouble(), within(1e-4f));
        assertThat(o.get("score").floatValue()).isCloseTo((float) c.get("scores").get(i).asDouble(), within(1e-4f));
        int len = 0;
        for (JsonNode m : c.get("attention_mask").get(i)) {
          len += m.asInt();
        }
        assertThat(o.get("tokens").asInt()).isEqualTo(len);
        assertThat(o.get("truncated_tokens").asInt()).isEqualTo(c.get("untruncated_lengths").get(i).asInt() - len);
      }
    }
  }

  private Path pairsFile(JsonNode c) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.get("pairs").size(); i++) {
      ObjectNode o = (ObjectNode) c.get("pairs").get(i).deepCopy();
      o.put("lang", c.get("langs").get(i).asText());
      sb.append(o).append('\n');
    }
    Path p = tmp.resolve(c.get("name").asText() + ".jsonl");
    Files.writeString(p, sb, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aMixedLanguagePairsFileScoresEachPairAsItScoresAlone() throws Exception {
    String[][] rows = {{"capital of france", "Paris est la capitale de la France.", "French"},
        {"capital of germany", "Berlin ist die Hauptstadt Deutschlands.", "de"},
        {"capital of spain", "Madrid is the capital of Spain.", null}};
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      ObjectNode o = Json.mapper().createObjectNode().put("query", r[0]).put("passage", r[1]);
      if (r[2] != null) {
        o.put("lang", r[2]);
      }
      sb.append(o).append('\n');
    }
    Path file = Files.writeString(tmp.resolve("mixed.jsonl"), sb, StandardCharsets.UTF_8);
    Run all = run("score", "--model", tiny().toString(), "--device", "cpu", "--no-cache", "--lang", "es",
        "--pairs", file.toString());
    assertThat(all.exit()).as(all.err()).isZero();
    String[] lines = all.out().strip().split("\n");
    String[] langs = {"fr_XX", "de_DE", "es_XX"};
    for (int i = 0; i < rows.length; i++) {
      JsonNode o = Json.mapper().readTree(lines[i]);
      assertThat(o.get("lang").asText()).isEqualTo(langs[i]);
      Run alone = run("score", "--model", tiny().toString(), "--device", "cpu", "--no-cache", "--lang", langs[i],
          "--query", rows[i][0], "--passage", rows[i][1]);
      assertThat(Json.mapper().readTree(alone.out()).get("logit").floatValue())
          .isCloseTo(o.get("logit").floatValue(), within(1e-5f));
    }
  }

  @Test
  void languagesAsPeopleTypeThemAndClearErrors() throws Exception {
    Run r = run("score", "--model", tiny().toString(), "--lang", "French", "--query", "q", "--passage", "p");
    assertThat(r.exit()).isZero();
    assertThat(Json.mapper().readTree(r.out()).get("lang").asText()).isEqualTo("fr_XX");
    r = run("score", "--model", tiny().toString(), "--query", "q", "--passage", "p");
    assertThat(Json.mapper().readTree(r.out()).get("lang").asText()).isEqualTo("en_XX");
    r = run("score", "--model", tiny().toString(), "--lang", "sw", "--query", "q", "--passage", "p");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("relwb: The model has no adapter for language 'sw'; closest codes: sv_SE");
    r = run("score", "--model", tmp.resolve("none").toString(), "--query", "q", "--passage", "p");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("does not exist");
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"), "{\"query\":\"q\"}\n");
    r = run("score", "--model", tiny().toString(), "--pairs", bad.toString());
    assertThat(r.err()).contains(bad + " line 1 needs");
    r = run("score", "--model", tiny().toString(), "--query", "q", "--passage", "p", "--max-length", "100000");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("Max length 100000 is out of range; use 5..512");
  }

  @Test
  void precisionIsChosenNamedAndRefusedWhenUnknown() throws Exception {
    Run exact = run("score", "--model", tiny().toString(), "--device", "cpu", "--no-cache", "--query", "capital of france",
        "--passage", "paris is the capital of france");
    Run bf16 = run("score", "--model", tiny().toString(), "--device", "cpu", "--no-cache", "--precision", "bf16",
        "--query", "capital of france", "--passage", "paris is the capital of france");
    assertThat(bf16.exit()).as(bf16.err()).isZero();
    assertThat(bf16.err()).contains("precision bf16 (asked for)");
    assertThat(exact.err()).contains("precision fp32 (asked for)");
    float a = Json.mapper().readTree(exact.out()).get("logit").floatValue();
    float b = Json.mapper().readTree(bf16.out()).get("logit").floatValue();
    assertThat(b).isCloseTo(a, within(0.05f));
    Run auto = run("score", "--model", tiny().toString(), "--device", "cpu", "--precision", "auto", "--query", "q",
        "--passage", "p");
    assertThat(auto.err()).containsPattern("precision (fp32|bf16) \\(auto: ");
    Run bad = run("score", "--model", tiny().toString(), "--precision", "int4", "--query", "q", "--passage", "p");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("Unknown precision 'int4': use fp32, fp16, bf16 or auto");
  }
}
