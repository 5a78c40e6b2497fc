package dev.relwb.cli;

import dev.relwb.core.WorkbenchException;
import dev.relwb.judge.Snapshot;
import dev.relwb.service.RuntimeOptions;
import dev.relwb.service.Services;
import dev.relwb.service.SnapshotDiff;
import dev.relwb.service.SnapshotRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb snapshot save|list|diff|delete`: the rankings of every list for a whole query set, kept in the
/// workspace as saved runs, and what changed between two of them (or between one and now).
@Command(name = "snapshot", mixinStandardHelpOptions = true,
    description = "Snapshots: every list's rankings for a query set saved as runs with their metadata, and"
        + " diffs of two snapshots (rank moves, metrics with paired tests).",
    subcommands = {SnapshotCommand.SaveCmd.class, SnapshotCommand.ListCmd.class, SnapshotCommand.DiffCmd.class,
        SnapshotCommand.DeleteCmd.class})
public final class SnapshotCommand {

  /// `relwb snapshot save --workspace W NAME [--set S] [--note T] [--k 100] [--template T] [--k1 X --b Y]
  /// [--model MODEL [--depth N] [--adapter CODE]…]`.
  @Command(name = "save", mixinStandardHelpOptions = true, description = "Rank every query of the set (or every"
      + " topic with a text) with the first stage and, with --model, the reranker per --adapter; save the rankings.")
  static final class SaveCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Parameters(paramLabel = "NAME", description = "The snapshot's name, new in the workspace.") String name;
    @Option(names = "--set", paramLabel = "S", description = "The query set (default: every topic with a text).")
    String set;
    @Option(names = "--note", paramLabel = "T", description = "A note kept with the snapshot.") String note;
    @Option(names = "--k", defaultValue = "100", description = "Documents kept per query and list. Default:"
        + " ${DEFAULT-VALUE}.") int k;
    @Mixin TemplateOption template;
    @Mixin Bm25Options bm25;
    @Mixin RerankModelOption model;
    @Mixin PrecisionOption precision;
    @Option(names = "--depth", paramLabel = "N", description = "With --model: how many top documents the reranker"
        + " rescores (default: 100).") Integer depth;
    @Option(names = "--adapter", paramLabel = "CODE", description = "With --model: an adapter language of a"
        + " reranked list (fr_XX, fr, auto …); repeat for several lists. Default: auto.") List<String> adapters;

    SaveCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      boolean rerank = model.ref() != null && !model.ref().isBlank();
      if (!rerank && (depth != null || adapters != null)) {
        throw new WorkbenchException("--depth and --adapter need --model (a model folder or hub id)");
      }
      int d = rerank ? (depth == null ? 100 : depth) : 0;
      if (rerank && d < 1) {
        throw new WorkbenchException("The rerank depth must be at least 1, not " + d);
      }
      SnapshotRequest req = new SnapshotRequest(workspace.name(), set, name, note, k, template.name(), d, adapters,
          bm25.k1(), bm25.b());
      Snapshot s;
      long t0 = System.nanoTime();
      try (ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
          InterruptCancel interrupt = new InterruptCancel()) {
        if (rerank) {
          services.rerank().load(model.ref(), RuntimeOptions.on("auto", 0).withPrecision(precision.value()),
              progress, interrupt.token());
        }
        s = services.snapshots().save(req, progress, interrupt.token());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(String.format(Locale.ROOT, "Saved snapshot %s in %s: %s in %.1f s", s.name(), workspace.name(),
          String.join(", ", s.lists().stream().map(Snapshot.SnapshotList::list).toList()),
          (System.nanoTime() - t0) / 1e9));
      out.flush();
      return 0;
    }
  }

  /// `relwb snapshot list --workspace W`.
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the snapshots, oldest first: name,"
      + " query set, date, lists and note.")
  static final class ListCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;

    ListCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      List<Snapshot> all = services.snapshots().list(workspace.name());
      PrintWriter out = spec.commandLine().getOut();
      if (all.isEmpty()) {
        out.println("No snapshots in workspace " + workspace.name() + " yet: save one with 'relwb snapshot save'");
      }
      for (Snapshot s : all) {
        out.println(String.format(Locale.ROOT, "%-20s  %-16s  %-24s  %s%s", s.name(),
            s.querySet() == null ? "(all topics)" : s.querySet(), s.created(),
            String.join(", ", s.lists().stream().map(Snapshot.SnapshotList::list).toList()),
            s.note() == null ? "" : "  " + s.note()));
      }
      out.flush();
      return 0;
    }
  }

  /// `relwb snapshot diff --workspace W A [B] [--k 10] [--metrics LIST] [--json] [--model MODEL]`.
  @Command(name = "diff", mixinStandardHelpOptions = true, description = "Compare snapshot A with snapshot B, or"
      + " with the lists ranked now (A's reranked lists too when --model is given): per list the metrics (mean A,"
      + " mean B, delta, paired tests) on the current judgments, and per query the rank moves in the top k.")
  static final class DiffCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Parameters(index = "0", paramLabel = "A", description = "The baseline snapshot.") String a;
    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "The other snapshot (default: rank"
        + " A's query set now, with the current settings).") String b;
    @Option(names = "--k", defaultValue = "10", description = "The top k compared. Default: ${DEFAULT-VALUE}.")
    int k;
    @Option(names = "--metrics", paramLabel = "LIST", description = "ir_measures names (default: ${DEFAULT-VALUE}).")
    String metrics = "nDCG@10,RR@10,R@100,AP,P@10,Judged@10";
    @Mixin JsonOption json;
    @Mixin RerankModelOption model;
    @Mixin PrecisionOption precision;

    DiffCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      SnapshotDiff d;
      try (ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
          InterruptCancel interrupt = new InterruptCancel()) {
        if (model.ref() != null && !model.ref().isBlank()) {
          services.rerank().load(model.ref(), RuntimeOptions.on("auto", 0).withPrecision(precision.value()),
              progress, interrupt.token());
        }
        d = services.snapshots().diff(workspace.name(), a, b, k, metrics, progress, interrupt.token());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(json.enabled() ? SnapshotDiffPrinter.json(d) + "\n" : SnapshotDiffPrinter.text(d));
      out.flush();
      return 0;
    }
  }

  /// `relwb snapshot delete --workspace W NAME`.
  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a snapshot and its runs.")
  static final class DeleteCmd implements Callable<Integer> {
    private final Services services;
    @Spec CommandSpec spec;
    @Mixin WorkspaceOption workspace;
    @Parameters(paramLabel = "NAME") String name;

    DeleteCmd(Services services) {
      this.services = services;
    }

    @Override
    public Integer call() {
      services.snapshots().delete(workspace.name(), name);
      spec.commandLine().getOut().println("Deleted snapshot " + name + " from " + workspace.name());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
