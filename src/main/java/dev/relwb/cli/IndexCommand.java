package dev.relwb.cli;

import dev.relwb.core.Json;
import dev.relwb.core.IngestReport;
import dev.relwb.service.IndexJob;
import dev.relwb.service.Services;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb index --workspace W (PATH… | --beir DIR | --msmarco DIR | --jsonl FILE … | --trec-docs PATH)
/// [--lang auto|CODE]`.
@Command(name = "index", mixinStandardHelpOptions = true, description = "Index folders (incrementally) or import"
    + " a BEIR / MS MARCO / JSONL / TREC document collection into a workspace.")
public final class IndexCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;

  @Mixin IndexWorkspaceOption workspace;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /// Exactly one kind of input.
  static final class Input {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders to index recursively.")
    List<Path> paths;
    @Option(names = "--beir", paramLabel = "DIR", description = "BEIR folder (corpus.jsonl, queries.jsonl, qrels/).")
    Path beir;
    @Option(names = "--msmarco", paramLabel = "DIR", description = "MS MARCO folder (collection.tsv, queries*, qrels*).")
    Path msmarco;
    @Option(names = "--jsonl", paramLabel = "FILE", description = "JSONL corpus, one object per line.")
    Path jsonl;
    @Option(names = "--trec-docs", paramLabel = "PATH", description = "TREC documents: a file or a folder of files"
        + " of <DOC><DOCNO>…</DOCNO>…</DOC> records, optionally .gz.")
    Path trecDocs;
  }

  @Mixin DocumentLanguageOption lang;
  @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching (e.g. '**.md'); repeatable.")
  List<String> includes;
  @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching (e.g. 'drafts/**'); repeatable.")
  List<String> excludes;
  @Option(names = "--id-field", defaultValue = "_id", description = "JSONL id field. Default: ${DEFAULT-VALUE}.")
  String idField;
  @Option(names = "--title-field", defaultValue = "title", description = "JSONL title field. Default: ${DEFAULT-VALUE}.")
  String titleField;
  @Option(names = "--text-field", defaultValue = "text", description = "JSONL text field. Default: ${DEFAULT-VALUE}.")
  String textField;
  @Option(names = "--lang-field", description = "JSONL field holding each document's language.")
  String langField;
  @Option(names = "--passage-words", description = "Words per passage; 0 keeps documents whole. "
      + "Default: 200 for folders and TREC documents, 0 for other collections.")
  Integer passageWords;
  @Option(names = "--passage-overlap", description = "Overlap of consecutive passages (0-0.9). Default: 0.5.")
  Double passageOverlap;
  @Option(names = "--max-file-mb", defaultValue = "64", description = "Skip files larger than this. Default: ${DEFAULT-VALUE}.")
  long maxFileMb;
  @Mixin JsonOption json;

  IndexCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    IndexJob job = new IndexJob(workspace.name(), input.paths, input.beir, input.msmarco, input.jsonl,
        input.trecDocs, new IndexJob.JsonlFields(idField, titleField, textField, langField), lang.code(), includes, excludes,
        passageWords, passageOverlap, maxFileMb * 1024 * 1024);
    IngestReport r;
    try (ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        InterruptCancel interrupt = new InterruptCancel()) {
      r = services.indexService().index(job, progress, interrupt.token());
    }
    var out = spec.commandLine().getOut();
    if (json.enabled()) {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
    } else {
      out.println(String.format(Locale.ROOT, "Indexed %s into workspace %s in %.1f s: %d added, %d changed, "
          + "%d unchanged, %d deleted, %d skipped; %d passages; languages %s", r.source(), workspace.name(),
          r.seconds(), r.added(), r.changed(), r.unchanged(), r.deleted(), r.skipped().size(), r.passages(),
          r.languages()));
      if (r.topics() > 0 || r.qrels() > 0) {
        out.println("Stored " + r.topics() + " topics and " + r.qrels() + " judgments in the workspace "
            + "(topics.tsv, qrels.txt).");
      }
      r.skipped().forEach(s -> out.println("  skipped " + s.input() + ": " + s.reason()));
    }
    out.flush();
    return 0;
  }
}
