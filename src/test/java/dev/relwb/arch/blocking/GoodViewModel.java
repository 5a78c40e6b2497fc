package dev.relwb.arch.blocking;

import dev.relwb.service.workbench.Retrieval;
import dev.relwb.service.workbench.SearchOutcome;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.TaskRunner;

/// A ViewModel that calls the blocking service only inside a job handed to the runner (fixture).
public final class GoodViewModel {
  private final Retrieval retrieval;
  private final TaskRunner runner;
  private Object last;

  /// A fixture over the given port and runner.
  public GoodViewModel(Retrieval retrieval, TaskRunner runner) {
    this.retrieval = retrieval;
    this.runner = runner;
  }

  /// Searches in the background; the non-blocking setter may be called anywhere.
  public void search(String q) {
    retrieval.setBm25(0.9, 0.4);
    runner.run("search", ctx -> retrieval.search("ws", q, "auto", 10),
        JobCallbacks.<SearchOutcome>of(r -> last = r, e -> last = e));
  }

  /// The last outcome.
  public Object last() {
    return last;
  }
}
