package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.eval.PoolSpec;
import dev.relwb.eval.PooledDoc;
import dev.relwb.service.Evaluating;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/// The pooled judging queue of the shown query: the union of the top k of every list on screen (first
/// stage, mono-XM, A/B, the "vs" template), unjudged documents first, by best rank or in a seeded random
/// order, from the same `eval.Pooling` function as `relwb pool` (through [Evaluating#pool]). *Blind*
/// hides which lists a document came from and its ranks. Rebuilt whenever a list or a judgment changes.
public final class JudgingQueue {
  private final SearchViewModel search;
  private final Evaluating evaluating;
  private final BooleanProperty shown = new SimpleBooleanProperty(false);
  private final BooleanProperty blind = new SimpleBooleanProperty(false);
  private final ObjectProperty<PoolSpec.Order> order = new SimpleObjectProperty<>(PoolSpec.Order.RANK);
  private final LongProperty seed = new SimpleLongProperty(1);
  private final IntegerProperty depth = new SimpleIntegerProperty(10);
  private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("pool: empty");
  private final Map<DocId, PooledDoc> entries = new HashMap<>();
  private List<PooledDoc> pool = List.of();

  JudgingQueue(SearchViewModel search, Evaluating evaluating) {
    this.search = search;
    this.evaluating = evaluating;
    ListChangeListener<ResultRow> changed = c -> rebuild();
    search.bm25Rows().addListener(changed);
    search.reranked().rows().addListener(changed);
    search.compare().rows().addListener(changed);
    search.vsList().rows().addListener(changed);
    blind.addListener((o, a, b) -> rebuild());
    order.addListener((o, a, b) -> rebuild());
    seed.addListener((o, a, b) -> rebuild());
    depth.addListener((o, a, b) -> rebuild());
  }

  /// Pools the lists on screen again (after a list or a judgment changed).
  public void rebuild() {
    List<Ranking> lists = shownLists();
    pool = lists.isEmpty() ? List.of() : evaluating.pool(lists, search.judgmentMap(),
        new PoolSpec(Math.max(1, depth.get()), order.get(), seed.get(), true));
    entries.clear();
    List<ResultRow> out = new ArrayList<>(pool.size());
    for (PooledDoc d : pool) {
      DocId doc = new DocId(d.doc());
      ShownHit shown = search.shownHit(doc);
      if (shown != null) {
        entries.put(doc, d);
        out.add(new ResultRow(shown.hit(), out.size() + 1, Double.NaN, Double.NaN, "", search.judgmentMap().get(doc),
            0));
      }
    }
    rows.setAll(out);
    long judged = pool.stream().filter(PooledDoc::judged).count();
    summary.set(pool.isEmpty() ? "pool: empty" : "pool: " + judged + "/" + pool.size() + " judged");
  }

  /// The lists on screen as rankings of the shown query's topic, named after their lists, each in the
  /// order shown (what the queue pools; empty before the first search).
  public List<Ranking> shownLists() {
    Topic topic = search.topic();
    if (topic == null) {
      return List.of();
    }
    Map<String, List<ResultRow>> lists = new LinkedHashMap<>();
    lists.put(search.firstStages().title(search.firstStages().template().get()), search.bm25Rows());
    lists.put("mono-XM", search.reranked().rows());
    lists.put("mono-XM A/B", search.compare().rows());
    String vs = search.vsList().title().get();
    lists.put(vs == null || vs.isBlank() || lists.containsKey(vs) ? "vs template" : vs, search.vsList().rows());
    List<Ranking> out = new ArrayList<>();
    lists.forEach((name, shownRows) -> {
      if (!shownRows.isEmpty()) {
        List<ScoredHit> hits = new ArrayList<>(shownRows.size());
        shownRows.forEach(r -> hits.add(new ScoredHit(r.doc(), hits.size() + 1, shownRows.size() - hits.size())));
        out.add(new Ranking(topic.id(), name, hits));
      }
    });
    return out;
  }

  /// Where `doc` came from, e.g. `BM25 #3 · mono-XM #1`; empty when blind or not pooled.
  public String sources(DocId doc) {
    PooledDoc d = entries.get(doc);
    if (blind.get() || d == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    d.ranks().forEach((list, rank) -> parts.add(String.format(Locale.ROOT, "%s #%d", list, rank)));
    return String.join(" · ", parts);
  }

  /// The next document after `from` in the pool that is not judged yet (wrapping around), or null when
  /// the whole pool is judged.
  DocId nextUnjudged(DocId from) {
    int start = -1;
    for (int i = 0; i < pool.size(); i++) {
      if (pool.get(i).doc().equals(from == null ? null : from.value())) {
        start = i;
      }
    }
    for (int k = 1; k <= pool.size(); k++) {
      PooledDoc d = pool.get(Math.floorMod(start + k, pool.size()));
      if (!d.judged() && entries.containsKey(new DocId(d.doc()))) {
        return new DocId(d.doc());
      }
    }
    return null;
  }

  /// A new random order (another seed); switches to the random order.
  public void reshuffle() {
    seed.set(seed.get() + 1);
    order.set(PoolSpec.Order.RANDOM);
  }

  /// The pool as pooled (unjudged first), with the lists and ranks of each document.
  public List<PooledDoc> pool() {
    return pool;
  }

  /// The queue's rows in pool order (rank = place in the queue, no score).
  public ObservableList<ResultRow> rows() {
    return rows;
  }

  /// Whether the queue is shown instead of the ranking lists (then Space walks the pool).
  public BooleanProperty shown() {
    return shown;
  }

  /// Whether the queue hides where each document came from and its ranks.
  public BooleanProperty blind() {
    return blind;
  }

  /// By best rank, or shuffled by [#seed].
  public ObjectProperty<PoolSpec.Order> order() {
    return order;
  }

  /// The seed of the random order.
  public LongProperty seed() {
    return seed;
  }

  /// How deep each list is pooled (top k).
  public IntegerProperty depth() {
    return depth;
  }

  /// "pool: 7/12 judged".
  public StringProperty summary() {
    return summary;
  }
}
