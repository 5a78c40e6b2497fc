package dev.relwb.arch.blocking;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.search.Hit;
import dev.relwb.service.Reranking;
import dev.relwb.service.Retrieval;
import dev.relwb.service.RuntimeOptions;
import dev.relwb.service.SearchQuery;

/// A ViewModel that blocks the UI thread in every way the rule must catch (test fixture).
public final class BadViewModel {
  private final Retrieval retrieval;
  private final Reranking reranking;

  /// A fixture over the given ports.
  public BadViewModel(Retrieval retrieval, Reranking reranking) {
    this.retrieval = retrieval;
    this.reranking = reranking;
  }

  /// A direct call from an action method.
  public Object searchOnTheFxThread() {
    return retrieval.search("ws", SearchQuery.of("q", 10));
  }

  /// A direct call hidden in a helper.
  Object helper() {
    return retrieval.document("ws", SearchQuery.of("q", 1),
        new Hit(1, "d#0", "d", 0, 1, "", "", "", "en", 0, 0, 1, null, null));
  }

  /// A lambda that is not handed to the runner.
  public void inAThread() {
    new Thread(() -> retrieval.search("ws", SearchQuery.of("q", 10))).start();
  }

  /// An unannotated-style service call that takes a progress listener and a cancel token.
  public Object loadWithProgress() {
    return reranking.load("m", RuntimeOptions.defaults(), ProgressListener.NONE, CancelToken.none());
  }

  /// A method reference to a blocking method (which could be run anywhere).
  public QuerySearch reference() {
    return retrieval::search;
  }

  /// The shape of `Retrieval.search`, for the method-reference case.
  interface QuerySearch {
    Object find(String ws, SearchQuery q);
  }
}
