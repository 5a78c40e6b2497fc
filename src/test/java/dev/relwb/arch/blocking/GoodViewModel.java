package dev.relwb.arch.blocking;

import dev.relwb.search.SearchPage;
import dev.relwb.service.Reranking;
import dev.relwb.service.Retrieval;
import dev.relwb.service.SearchQuery;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.TaskRunner;

/// A ViewModel that calls the blocking service only inside a job handed to the runner (fixture).
public final class GoodViewModel {
  private final Retrieval retrieval;
  private final Reranking reranking;
  private final TaskRunner runner;
  private Object last;

  /// A fixture over the given ports and runner.
  public GoodViewModel(Retrieval retrieval, Reranking reranking, TaskRunner runner) {
    this.retrieval = retrieval;
    this.reranking = reranking;
    this.runner = runner;
  }

  /// Searches in the background; the non-blocking model query may be called anywhere.
  public void search(String q) {
    last = reranking.model();
    runner.run("search", ctx -> retrieval.search("ws", SearchQuery.of(q, 10)),
        JobCallbacks.<SearchPage>of(r -> last = r, e -> last = e));
  }

  /// The last outcome.
  public Object last() {
    return last;
  }
}
