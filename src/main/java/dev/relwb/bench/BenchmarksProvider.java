package dev.relwb.bench;

import dev.relwb.core.AppDirs;
import dev.relwb.rerank.ModelOpener;
import dev.relwb.service.Benchmarks;
import dev.relwb.service.ModelHubService;

/// Registers the benchmarks with `java.util.ServiceLoader` (`META-INF/services`), so that the app finds
/// them through `service.Benchmarks.load` without importing this package.
public final class BenchmarksProvider implements Benchmarks.Provider {
  @Override
  public Benchmarks create(AppDirs dirs, ModelHubService hub) {
    return new BenchmarkRunner(dirs, hub, ModelOpener.xmod());
  }
}
