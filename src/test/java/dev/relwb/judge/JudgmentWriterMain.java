package dev.relwb.judge;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/// Child-process body of the durability test: records judgments as fast as it can and prints each
/// saved id on stdout right after its commit.
public final class JudgmentWriterMain {
  private JudgmentWriterMain() { }

  /// `args`: database path, number of judgments.
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int n = Integer.parseInt(args[1]);
    try (JudgmentStore store = JudgmentStore.open(Path.of(args[0]))) {
      out.println("ready");
      for (int i = 0; i < n; i++) {
        long id = store.record(NewJudgment.graded("t" + (i % 17), "doc" + i, i % 4, "child"));
        out.println(id);
      }
    }
  }
}
