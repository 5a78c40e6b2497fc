package dev.relwb.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/// The judge and eval commands through the real launcher and `AppContext` (RELWB_HOME is the test
/// home set by the build), with stdout captured as the process would print it.
class LauncherJudgeEvalTest {
  @Test
  void judgeSetAndAgreementPrintThroughTheLauncher() {
    String ws = "launcher-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(run("judge", "set", "--workspace", ws, "--topic", "q1", "--doc", "d1", "--grade", "3",
        "--annotator", "ann")).startsWith("Saved judgment ");
    run("judge", "set", "--workspace", ws, "--topic", "q1", "--doc", "d1", "--grade", "1", "--annotator", "bob");
    String out = run("judge", "agreement", "--workspace", ws);
    assertThat(out).contains("ann vs bob", "Disagreements (1):", "q1\td1\t{ann=3, bob=1}");
  }

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, false, StandardCharsets.UTF_8));
    try {
      assertThat(Launcher.run(args)).isZero();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
