package dev.relwb.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A child JVM records 1,000 judgments and is killed with SIGKILL at a random moment; every id it
/// reported as saved must be in the database afterwards, and the database must open cleanly.
class JudgmentStoreDurabilityTest {
  @TempDir Path tmp;

  @Test
  void everyReportedJudgmentSurvivesSigkill() throws Exception {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    for (int round = 0; round < 2; round++) {
      Path db = tmp.resolve("round" + round + ".sqlite");
      int killAfter = 1 + rnd.nextInt(900);
      List<Long> reported = runAndKill(db, killAfter);
      assertThat(reported).as("seed %d: child reported ids before the kill", seed).hasSizeGreaterThanOrEqualTo(killAfter);
      try (JudgmentStore store = JudgmentStore.open(db)) {
        for (long id : reported) {
          assertThat(store.byId(id)).as("seed %d: judgment %d reported saved", seed, id).isPresent();
        }
        assertThat(store.historySize()).isGreaterThanOrEqualTo(reported.size()).isLessThanOrEqualTo(reported.size() + 1);
        System.out.printf("round %d: killed after %d reported (kill requested at %d), %d rows in the db%n",
            round, reported.size(), killAfter, store.historySize());
      }
    }
  }

  private static List<Long> runAndKill(Path db, int killAfter) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        JudgmentWriterMain.class.getName(), db.toString(), "1000").redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    List<Long> ids = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(in.readLine()).isEqualTo("ready");
      long start = System.nanoTime();
      String line;
      while ((line = in.readLine()) != null) {
        ids.add(Long.parseLong(line));
        if (ids.size() == killAfter) {
          // SIGKILL through the process handle: unlike Process.destroyForcibly it leaves our end of
          // the pipe open, so the ids the child printed before dying can still be read.
          p.toHandle().destroyForcibly();
        }
      }
      System.out.printf("%d judgments committed and reported in %.0f ms (%.2f ms each, synchronous=FULL)%n",
          ids.size(), (System.nanoTime() - start) / 1e6, (System.nanoTime() - start) / 1e6 / ids.size());
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(p.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    return ids;
  }
}
