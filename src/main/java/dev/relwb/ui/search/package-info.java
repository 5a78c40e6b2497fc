/// The search feature of the main window: search bar, the first-stage (BM25 or a cluster's query
/// template) and MaxP mono-XM rankings side by side (with the adapter A/B list and, for a cluster, a
/// second template's ranking), the connector view, the document pane and keyboard judging; the
/// query-set sidebar with its guidelines, the pooled judging queue and the annotator chooser.
/// Uses the `service` ports with the records they speak (`search.Hit`/`Snippet`, `judge.Judgment`,
/// `judge.QuerySet`, `eval.PooledDoc`/`PoolSpec`), `core` and `ui.support` only.
package dev.relwb.ui.search;
