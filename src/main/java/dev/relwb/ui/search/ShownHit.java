package dev.relwb.ui.search;

import dev.relwb.core.DocId;
import dev.relwb.search.Hit;
import dev.relwb.service.SearchQuery;
import java.util.List;

/// A shown hit and the search that found it, for the document pane and the judging queue.
record ShownHit(Hit hit, SearchQuery query) {
  /// `doc` as the first list (`first`, found by `shown`) shows it, else as the "vs" column does (its
  /// template); null when neither holds it.
  static ShownHit of(DocId doc, List<Hit> first, TemplateList vs, SearchQuery shown) {
    Hit h = find(first, doc);
    if (h != null) {
      return new ShownHit(h, shown);
    }
    h = find(vs.hits(), doc);
    return h == null ? null : new ShownHit(h, shown.withTemplate(vs.template()));
  }

  private static Hit find(List<Hit> list, DocId doc) {
    return list.stream().filter(h -> ResultRow.docOf(h).equals(doc)).findFirst().orElse(null);
  }
}
