package dev.relwb.cli;

import dev.relwb.core.AppDirs;
import dev.relwb.service.EvaluationService;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/// Real services over a temporary app folder, and a helper that runs the CLI in-process.
final class TestServices implements Services {
  private final AppDirs dirs;
  private final JudgmentService judgments;
  private final EvaluationService evaluation;

  TestServices(Path root) {
    this.dirs = new AppDirs(root.resolve("data"), root.resolve("cache"), root.resolve("config"));
    this.judgments = new JudgmentService(dirs);
    this.evaluation = new EvaluationService(judgments, null);
  }

  @Override
  public AppDirs dirs() {
    return dirs;
  }

  @Override
  public String version() {
    return "test";
  }

  @Override
  public JudgmentService judgments() {
    return judgments;
  }

  @Override
  public EvaluationService evaluation() {
    return evaluation;
  }

  /// The outcome of one in-process CLI run.
  record Result(int exit, String out, String err) { }

  /// Runs `relwb args…` in-process.
  Result run(String... args) {
    CommandLine cl = Cli.commandLine(this);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
