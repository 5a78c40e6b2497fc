package dev.relwb.cli;

import dev.relwb.core.AppDirs;
import dev.relwb.service.Benchmarks;
import dev.relwb.service.ModelHubService;
import dev.relwb.service.RerankService;
import dev.relwb.service.Services;

/// A `Services` test double over the parts a CLI test needs; a part left null fails as the
/// interface's default does.
record StubServices(AppDirs dirs, RerankService rerankService, ModelHubService hubService, Benchmarks benchmarkRunner)
    implements Services {
  /// Only the folders.
  StubServices(AppDirs dirs) {
    this(dirs, null, null, null);
  }

  /// The folders, a rerank service and a hub service (either may be null).
  StubServices(AppDirs dirs, RerankService rerankService, ModelHubService hubService) {
    this(dirs, rerankService, hubService, null);
  }

  /// The folders and the benchmarks.
  StubServices(AppDirs dirs, Benchmarks benchmarkRunner) {
    this(dirs, null, null, benchmarkRunner);
  }

  @Override
  public String version() {
    return "test";
  }

  @Override
  public RerankService rerank() {
    return rerankService != null ? rerankService : Services.super.rerank();
  }

  @Override
  public Benchmarks benchmarks() {
    return benchmarkRunner != null ? benchmarkRunner : Services.super.benchmarks();
  }

  @Override
  public ModelHubService hub() {
    return hubService != null ? hubService : Services.super.hub();
  }
}
