package dev.relwb.cluster;

import dev.relwb.ingest.Passage;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.search.Hit;
import dev.relwb.search.Searcher;
import java.util.ArrayList;
import java.util.List;

/// A `Searcher` whose first stage is a remote cluster, with one query template. Its hits are whole
/// documents; for MaxP reranking a document's text is split into passages here, at rerank time.
public interface ClusterSearcher extends Searcher {
  /// The connection it searches.
  ClusterConfig config();

  /// The template it fills with each query.
  QueryTemplate template();

  /// How documents are split into passages for reranking (the workspace's passage settings).
  PassageSplitter splitter();

  /// Asks the cluster for its version, document count and fields, and checks the configured field names
  /// (*Test connection*). Throws a [ClusterException] when the cluster cannot be asked.
  ClusterStatus probe();

  @Override
  default List<Hit> passages(Hit hit) {
    List<Passage> parts = splitter().split(hit.docId(), hit.text() == null ? "" : hit.text());
    List<Hit> out = new ArrayList<>(parts.size());
    for (Passage p : parts) {
      out.add(new Hit(0, p.id(parts.size()), hit.docId(), p.index(), parts.size(), hit.title(), p.text(), null,
          hit.language(), p.start(), p.end(), 0, null, null));
    }
    return out;
  }

  @Override
  default boolean analysesByLanguage() {
    return false;
  }
}
