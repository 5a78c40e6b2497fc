package dev.relwb.cli;

import dev.relwb.core.WorkbenchException;
import dev.relwb.service.RunJob;
import dev.relwb.service.RunSummary;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb run --workspace W [--topics FILE] [--lang CODE|auto] [--k 100] --out RUN.trec [--tag NAME]
/// [--rerank --model M [--depth D]]`.
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Search every topic (of a topic file, else the workspace's own) and write one TREC run"
        + " (qid Q0 docid rank score tag) with its metadata beside it (RUN.trec.json).")
public final class RunCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;

  @Mixin WorkspaceOption workspace;
  @Option(names = "--topics", paramLabel = "FILE",
      description = "BEIR queries.jsonl, TREC topics, or qid<TAB>text lines (default: the workspace's topics).")
  Path topics;
  @Mixin QueryLanguageOption lang;
  @Option(names = "--k", defaultValue = "100", description = "Documents per topic. Default: ${DEFAULT-VALUE}.")
  int k;
  @Option(names = "--out", required = true, paramLabel = "RUN.trec", description = "The run file to write.")
  Path out;
  @Option(names = "--tag", defaultValue = "relwb-bm25", description = "Run name (last column). Default: ${DEFAULT-VALUE}.")
  String tag;
  @Mixin Bm25Options bm25;
  @Option(names = "--rerank", description = "Rerank the top --depth documents with the cross-encoder --model.")
  boolean rerank;
  @Mixin RerankModelOption model;
  @Mixin PrecisionOption precision;
  @Option(names = "--depth", defaultValue = "100", description = "How many top documents to rerank. Default: ${DEFAULT-VALUE}.")
  int depth;
  @Option(names = "--max-passages", defaultValue = "8", paramLabel = "N", description = "MaxP: passages of each"
      + " reranked document that are scored; the document scores as its best one. Default: ${DEFAULT-VALUE}.")
  int maxPassages;
  @Mixin TemplateOption template;

  RunCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (rerank && (model.ref() == null || model.ref().isBlank())) {
      throw new WorkbenchException("--rerank needs --model (a model folder or hub id)");
    }
    RunJob job = new RunJob(workspace.name(), topics, lang.code(), k, out, tag, bm25.k1(), bm25.b(),
        rerank ? new RunJob.RerankSpec(model.ref(), depth, precision.value(), maxPassages) : null, template.name());
    RunSummary s;
    try (ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        InterruptCancel interrupt = new InterruptCancel()) {
      s = services.runs().run(job, progress, interrupt.token());
    }
    spec.commandLine().getOut().println(String.format(Locale.ROOT, "Wrote %s: %d topics, %d lines (%d topics "
        + "without hits) in %.1f s", s.file(), s.topics(), s.lines(), s.emptyTopics(), s.seconds()));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
