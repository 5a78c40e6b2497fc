package dev.relwb.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.app.AppContext;
import dev.relwb.core.AppDirs;
import dev.relwb.core.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/// The CLI in-process over one app folder (one `AppContext`, so a loaded model and session state persist
/// across commands), with the Cranfield test set's files at hand.
final class ClusterCli {
  /// The BEIR Cranfield set in the test resources.
  static final Path CRANFIELD = Path.of("src/test/resources/data/cranfield");
  /// The tiny X-MOD fixture model.
  static final Path TINY_MODEL = Path.of("src/test/resources/models/xmod-tiny");
  private final AppContext ctx;
  private final Path home;

  ClusterCli(Path home) {
    this.home = home;
    this.ctx = new AppContext(new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")));
  }

  /// The outcome of one command.
  record Result(int code, String out, String err) {
    JsonNode json() throws IOException {
      return Json.mapper().readTree(out);
    }
  }

  /// Runs `relwb args…`.
  Result run(String... args) {
    CommandLine cl = Cli.commandLine(ctx);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /// The app's services.
  AppContext services() {
    return ctx;
  }

  /// A file under the app folder.
  Path file(String name) {
    return home.resolve(name);
  }

  /// Cranfield's BEIR qrels (`qrels/test.tsv`) as a TREC qrels file.
  Path trecQrels() throws IOException {
    Path out = home.resolve("cranfield.qrels");
    if (!Files.exists(out)) {
      List<String> lines = new ArrayList<>();
      for (String l : Files.readAllLines(CRANFIELD.resolve("qrels/test.tsv"), StandardCharsets.UTF_8)) {
        String[] f = l.split("\t");
        if (f.length == 3 && !f[0].equals("query-id")) {
          lines.add(f[0] + " 0 " + f[1] + " " + f[2]);
        }
      }
      Files.write(out, lines, StandardCharsets.UTF_8);
    }
    return out;
  }

  /// nDCG@10 of `run` on Cranfield's qrels, with `relwb eval`.
  double ndcg10(Path run) throws IOException {
    Result r = run("eval", "--qrels", trecQrels().toString(), "--run", run.toString(), "--metrics", "nDCG@10",
        "--json");
    if (r.code() != 0) {
      throw new AssertionError(r.err());
    }
    return r.json().get("runs").get(0).get("mean").get("nDCG@10").asDouble();
  }
}
