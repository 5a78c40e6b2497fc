/// The search feature of the main window: search bar, the BM25 and mono-XM rankings side by side
/// (with the adapter A/B list), the connector view, the document pane and keyboard judging.
/// Uses the `service` ports with the records they speak (`search.Hit`/`Snippet`, `judge.Judgment`),
/// `core` and `ui.support` only.
package dev.relwb.ui.search;
