/// Evaluation: runs, qrels, TREC formats, one class per metric (trec_eval conventions),
/// the evaluator and paired significance tests. Plain Java; no Lucene, no DJL. Depends on `core`.
package dev.relwb.eval;
