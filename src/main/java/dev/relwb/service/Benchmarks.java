package dev.relwb.service;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/// The `relwb bench …` measurements as the CLI asks for them. The implementation lives in
/// `dev.relwb.bench`, which no other package imports: [#load] finds it with `java.util.ServiceLoader`.
public interface Benchmarks {
  /// Makes the benchmarks over the app folders; registered in `META-INF/services`.
  interface Provider {
    /// The benchmarks, writing random checkpoints into `dirs`' cache and resolving models through `hub`.
    Benchmarks create(AppDirs dirs, ModelHubService hub);
  }

  /// The benchmarks of this build, or an error when the build has none.
  static Benchmarks load(AppDirs dirs, ModelHubService hub) {
    return ServiceLoader.load(Provider.class, Benchmarks.class.getClassLoader()).findFirst()
        .orElseThrow(() -> new WorkbenchException("This build has no benchmarks (dev.relwb.bench is missing)"))
        .create(dirs, hub);
  }

  /// `relwb bench rerank`: times the production rerank path on a token-id workload (see the request).
  @Blocking
  RerankBenchReport rerank(RerankBenchRequest request, ProgressListener progress);

  /// `relwb bench load`: a random xmod-base-shaped checkpoint with `languages` languages in `dir`
  /// (null = the app cache), loaded with one language, then switched to another.
  @Blocking
  LoadBenchReport load(int languages, Path dir);

  /// `relwb bench search`: query latency of a workspace's first stage (its local index or its cluster),
  /// searched through `search` with the topics of the request or of `judgments`.
  SearchBenchReport search(SearchBenchRequest request, SearchService search, JudgmentService judgments,
      ProgressListener progress, CancelToken cancel);

  /// `relwb bench index`: indexes a generated corpus of `passages` passages in `dir` (null = a temporary
  /// folder, deleted afterwards) and times `queries` searches.
  IndexBenchReport index(int passages, int queries, Path dir, ProgressListener progress, CancelToken cancel);
}
