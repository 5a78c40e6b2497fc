package dev.relwb.cli;

import dev.relwb.app.AppContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    this.ctx = CliRun.context(home);
  }

  /// Runs `relwb args…`.
  CliRun run(String... args) {
    return CliRun.of(ctx, args);
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
    CliRun r = run("eval", "--qrels", trecQrels().toString(), "--run", run.toString(), "--metrics", "nDCG@10",
        "--json");
    if (r.code() != 0) {
      throw new AssertionError(r.err());
    }
    return r.json().get("runs").get(0).get("mean").get("nDCG@10").asDouble();
  }
}
