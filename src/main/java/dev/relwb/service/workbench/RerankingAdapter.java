package dev.relwb.service.workbench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.RerankerInfo;
import dev.relwb.service.RerankRequest;
import dev.relwb.service.RerankService;
import dev.relwb.service.RerankedPassage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/// `Reranking` over the runtime branch's `RerankService`: loads model folders, reports the
/// model's languages with display names, and streams scores batch by batch.
final class RerankingAdapter implements Reranking {
  private final RerankService rerank;
  private volatile RuntimeOptions options = RuntimeOptions.defaults();
  private volatile String shownName = "";

  RerankingAdapter(RerankService rerank) {
    this.rerank = rerank;
  }

  @Override
  public ModelStatus status() {
    return rerank.model().map(this::status).orElse(ModelStatus.none(""));
  }

  private ModelStatus status(RerankerInfo info) {
    List<LanguageOption> langs = new ArrayList<>();
    for (String code : info.languages()) {
      String label = info.displayNames().getOrDefault(code, code);
      int dash = label.lastIndexOf(" — ");
      langs.add(new LanguageOption(code, dash > 0 ? label.substring(0, dash) : label));
    }
    String id = info.id().length() > 19 ? info.id().substring(0, 19) + "…" : info.id();
    String name = shownName.isBlank() ? id : shownName + " (" + id + ")";
    return new ModelStatus(true, name, info.device(), langs, info.defaultLanguage(), "");
  }

  @Override
  public ModelStatus load(String location, RuntimeOptions opts, ProgressListener progress, CancelToken cancel) {
    // a folder, or a hub repo id `org/name[@rev]`: taken from the Hugging Face cache, downloaded if missing
    cancel.throwIfCancelled("Loading the model");
    options = opts;
    Path asPath = Files.isDirectory(Path.of(location)) ? Path.of(location) : null;
    shownName = asPath == null ? location : asPath.getFileName() == null ? "" : asPath.getFileName().toString();
    return status(rerank.load(location, opts.device(), opts.threads(), progress, cancel));
  }

  @Override
  public void rerank(String query, String language, List<Hit> hits, int depth, Consumer<RerankBatch> onBatch,
      ProgressListener progress, CancelToken cancel) {
    RerankerInfo info = rerank.model().orElseThrow(() -> new WorkbenchException(
        "No reranking model is loaded: choose a model folder in Model & settings"));
    List<Hit> head = hits.subList(0, Math.min(depth, hits.size()));
    RerankRequest req = new RerankRequest(query, head.stream().map(Hit::text).toList(), null,
        modelLanguage(info, language), options.maxLength(), options.batchTokens(), true);
    AtomicInteger done = new AtomicInteger();
    rerank.rerank(req, batch -> {
      List<RerankScore> scores = new ArrayList<>(batch.size());
      for (RerankedPassage p : batch) {
        scores.add(new RerankScore(p.index(), head.get(p.index()).doc(), p.logit(), p.score(), p.truncatedTokens()));
      }
      onBatch.accept(new RerankBatch(scores, done.addAndGet(batch.size()), head.size()));
    }, progress, cancel);
  }

  /// The model's code for `language`: itself when the model has it, the code whose language part
  /// matches a detected ISO code (`fr` → `fr_XX`), or null (the model's default) for `auto`.
  static String modelLanguage(RerankerInfo info, String language) {
    if (language == null || language.isBlank() || language.equalsIgnoreCase("auto")) {
      return null;
    }
    if (info.languages().contains(language)) {
      return language;
    }
    String iso = language.toLowerCase(Locale.ROOT).split("[_-]")[0];
    Map<String, String> preferred = Map.of("zh", "zh_CN");
    if (preferred.containsKey(iso) && info.languages().contains(preferred.get(iso))) {
      return preferred.get(iso);
    }
    return info.languages().stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(iso + "_")).findFirst()
        .orElse(null);
  }
}
