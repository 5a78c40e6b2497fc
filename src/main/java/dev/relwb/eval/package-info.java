/// Evaluation with `trec_eval` 9.0.8's conventions: `Run`, `Qrels`, TREC / BEIR / Quepid formats
/// (`TrecFormat`, `QrelsFormat`), the `Evaluator`, run `Comparison` with paired significance tests,
/// inter-annotator `Agreement`, `Pooling`, and report rendering (`ReportWriter`). The metrics are in
/// `eval.metric`, one class each. Plain Java (Jackson for CSV/JSON, Apache Commons Statistics for the
/// t distribution); no Lucene, no DJL. Depends on `core`.
package dev.relwb.eval;
