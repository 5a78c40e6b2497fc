/// The IR metrics, one class each, with `trec_eval` 9.0.8's conventions and ir_measures' names
/// (`nDCG@k`, `RR`, `RR@k`, `R@k`, `AP`, `P@k`, `Judged@k`). Each metric scores one topic from a
/// `TopicRanking`. Plain Java; depends on nothing but the JDK.
package dev.relwb.eval.metric;
