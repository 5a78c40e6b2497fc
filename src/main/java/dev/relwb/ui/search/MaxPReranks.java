package dev.relwb.ui.search;

import dev.relwb.core.Progress;
import dev.relwb.search.Hit;
import dev.relwb.service.LanguageOption;
import dev.relwb.service.MaxPInput;
import dev.relwb.service.RerankRequest;
import dev.relwb.service.RerankSummary;
import dev.relwb.service.RerankedPassage;
import dev.relwb.service.Reranking;
import dev.relwb.service.Retrieval;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/// Runs the search view's MaxP reranks: in one background job, asks the first stage for up to
/// `MaxPInput.DEFAULT_PER_DOCUMENT` passages of each head document, sends them all with their parent
/// document ids, and streams the scored batches into a `RerankedList`.
final class MaxPReranks {
  private final Retrieval retrieval;
  private final Reranking reranking;
  private final TaskRunner runner;
  private BiConsumer<Input, Finished> onFinished = (in, f) -> { };

  MaxPReranks(Retrieval retrieval, Reranking reranking, TaskRunner runner) {
    this.retrieval = retrieval;
    this.reranking = reranking;
    this.runner = runner;
  }

  /// What one rerank scores.
  ///
  /// @param workspace the workspace searched
  /// @param template  the query template of the first stage (null: default or local index)
  /// @param query     the query text
  /// @param head      the first-stage documents to rerank, best first
  /// @param language  the adapter choice
  /// @param detected  the language the first stage analysed the query in ("" when unknown)
  /// @param model     the model's location (a folder or hub repo id), or null for the loaded model
  record Input(String workspace, String template, String query, List<Hit> head, LanguageOption language,
      String detected, String model) {
    /// An input for the loaded model.
    Input(String workspace, String template, String query, List<Hit> head, LanguageOption language,
        String detected) {
      this(workspace, template, query, head, language, detected, null);
    }

    /// The same head scored by the model at `location` (null: the loaded one) with adapter `lang`.
    Input with(LanguageOption lang, String location) {
      return new Input(workspace, template, query, head, lang, detected, location);
    }
  }

  /// A finished job: its summary and how many documents its passages came from.
  record Finished(RerankSummary summary, int documents) { }

  /// Sets what is told of every finished job (on the UI thread), e.g. to measure the model's speed.
  void onFinished(BiConsumer<Input, Finished> listener) {
    this.onFinished = listener;
  }

  /// Starts reranking `in` into `target` (stopping its previous job); `onBatch` applies each streamed
  /// batch on the UI thread, `fail` reports an error.
  void start(RerankedList target, Input in, BiConsumer<RerankedList, List<RerankedPassage>> onBatch,
      Consumer<Throwable> fail) {
    target.clear();
    LanguageOption lang = in.language();
    boolean guessed = lang.isAuto() && !in.detected().isBlank();
    String code = guessed ? in.detected() : lang.code();
    String shown = lang.isAuto() ? "auto → " + code : code;
    String adapter = lang.isAuto() && !guessed ? null : code;
    target.progressText().set("Reranking top " + in.head().size() + " with " + shown + "…");
    JobHandle h = new JobHandle("Rerank (" + shown + ")");
    target.start(h, shown);
    runner.run(h, ctx -> {
      List<MaxPInput.Document> docs = retrieval.passages(in.workspace(), in.template(), in.head(),
          MaxPInput.DEFAULT_PER_DOCUMENT);
      ctx.publish(() -> expect(target, docs, shown));
      RerankRequest req = new RerankRequest(in.query(), MaxPInput.texts(docs), MaxPInput.docIds(docs), adapter,
          guessed, 0, 0, true, in.model());
      return new Finished(reranking.rerank(req, batch -> ctx.publish(() -> onBatch.accept(target, batch)),
          ctx.progress(), ctx.cancel()), docs.size());
    }, JobCallbacks.<Finished>of(f -> {
      RerankSummary sum = f.summary();
      done(target, sum.language() == null ? "no adapters"
          : lang.isAuto() ? "auto → " + sum.language() : sum.language());
      onFinished.accept(in, f);
    }, fail).withProgress(p -> target.progressText().set(progressLine(p))));
  }

  private static void expect(RerankedList target, List<MaxPInput.Document> docs, String shown) {
    target.expect(docs);
    target.progressText().set("Reranking top " + docs.size() + " (" + target.passageCount() + " passages) with "
        + shown + "…");
  }

  private static void done(RerankedList target, String lang) {
    target.progress().set(1);
    target.language().set(lang);
    target.progressText().set(target.scoredCount() + " passages of " + target.rows().size()
        + " documents reranked with " + lang);
  }

  /// "x / N passages scored · ETA s".
  static String progressLine(Progress p) {
    Duration eta = p.eta();
    String etaText = eta == null ? "" : String.format(Locale.ROOT, " · ETA %d s", Math.max(0, eta.toSeconds()));
    return p.done() + " / " + p.total() + " passages scored" + etaText;
  }
}
