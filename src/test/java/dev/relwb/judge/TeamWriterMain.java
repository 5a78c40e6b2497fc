package dev.relwb.judge;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/// Child-process body of [TeamStoreKillTest]: makes up team-table writes ([TeamModel#next]) and performs
/// them on the store as fast as it can, printing each one ([TeamOp#encode]) right after its call returned.
public final class TeamWriterMain {
  private TeamWriterMain() { }

  /// `args`: database path, seed, number of writes.
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Random rnd = new Random(Long.parseLong(args[1]));
    int n = Integer.parseInt(args[2]);
    TeamModel model = new TeamModel();
    try (JudgmentStore store = JudgmentStore.open(Path.of(args[0]))) {
      out.println("ready");
      for (int i = 0; i < n; i++) {
        TeamOp op = model.next(rnd, i);
        op.applyTo(store.team());
        model.apply(op);
        out.println(op.encode());
      }
    }
  }
}
