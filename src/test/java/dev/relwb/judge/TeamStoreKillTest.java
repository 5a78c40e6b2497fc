package dev.relwb.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A child JVM writes the team tables ([TeamWriterMain]: query sets, queries with information needs,
/// guidelines, annotators, snapshots with their runs, renames and deletes) and is killed with SIGKILL after
/// at least 200 acknowledged writes, at three kill points. Afterwards the store opens, passes
/// `PRAGMA integrity_check`, holds every acknowledged write (the state rebuilt from the child's lines), and
/// its change history is one entry per acknowledged write, in order; the one write the child may have
/// committed but not yet acknowledged may be there too (and then is all there).
class TeamStoreKillTest {
  private static final int MAX_WRITES = 5_000;

  @TempDir Path tmp;

  @Test
  void everyAcknowledgedTeamWriteSurvivesSigkill() throws Exception {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    int[] killPoints = {200, 230 + rnd.nextInt(100), 330 + rnd.nextInt(150)};
    for (int round = 0; round < killPoints.length; round++) {
      Path db = tmp.resolve("round" + round + ".sqlite");
      long childSeed = seed + round;
      List<String> acked = runAndKill(db, childSeed, killPoints[round]);
      assertThat(acked).as("seed %d: writes acknowledged before the kill", seed)
          .hasSizeGreaterThanOrEqualTo(killPoints[round]);
      verify(db, childSeed, acked, seed, round);
    }
  }

  private static void verify(Path db, long childSeed, List<String> acked, long seed, int round) throws Exception {
    TeamModel expected = new TeamModel();
    Random rnd = new Random(childSeed);
    for (int i = 0; i < acked.size(); i++) {
      assertThat(expected.next(rnd, i).encode()).as("seed %d: line %d is the write the child made", seed, i)
          .isEqualTo(acked.get(i));
      expected.apply(TeamOp.parse(acked.get(i)));
    }
    TeamOp pending = expected.next(rnd, acked.size());
    try (JudgmentStore store = JudgmentStore.open(db)) {
      List<String> history = store.team().changes().stream()
          .map(c -> c.kind() + " " + c.action() + " " + c.subject()).toList();
      assertThat(history).as("seed %d round %d: history", seed, round)
          .hasSizeBetween(acked.size(), acked.size() + 1)
          .startsWith(expected.changes().toArray(String[]::new));
      if (history.size() > acked.size()) {
        assertThat(history.getLast()).as("the unacknowledged write").isEqualTo(expected.apply(pending));
      }
      expected.assertMatches(store);
      System.out.printf("round %d: killed after %d acknowledged writes; history %d entries%n", round,
          acked.size(), history.size());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ok");
      assertThat(rs.next()).isFalse();
    }
  }

  private static List<String> runAndKill(Path db, long seed, int killAfter) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        TeamWriterMain.class.getName(), db.toString(), Long.toString(seed), Integer.toString(MAX_WRITES))
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(in.readLine()).isEqualTo("ready");
      String line;
      while ((line = in.readLine()) != null) {
        lines.add(line);
        if (lines.size() == killAfter) {
          // SIGKILL through the process handle, which leaves our end of the pipe open: the lines the child
          // printed before it died are still read (see JudgmentStoreDurabilityTest)
          p.toHandle().destroyForcibly();
        }
      }
    } finally {
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(p.exitValue()).as("killed by SIGKILL, not finished").isEqualTo(137);
    return lines;
  }
}
