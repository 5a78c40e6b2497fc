package dev.relwb.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/// The text, Markdown and CSV layout of [ReportWriter] for N runs against a baseline: a table of means
/// (run × metric), then per metric one row for each non-baseline run with the delta against the
/// baseline, wins/losses/ties, and the raw and Holm–Bonferroni-corrected p-values. Two runs with the
/// first as baseline keep the two-run layout of `ReportWriter`.
final class MultiRunReport {
  private static final List<String> CSV_FIELDS = List.of("delta", "wins", "losses", "ties", "p_randomization",
      "p_randomization_holm", "p_ttest", "p_t_holm");

  private MultiRunReport() { }

  /// Whether `r` needs this layout: more than one comparison, or a baseline other than the first run.
  static boolean applies(EvalReport r) {
    return r.comparisons().size() > 1
        || r.comparisons().size() == 1 && !r.baseline().equals(r.runs().getFirst().run());
  }

  /// The means table: a header row, per-topic rows when `perTopic`, then one row per metric.
  static List<List<String>> meanRows(EvalReport r, boolean perTopic) {
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(perTopic ? "topic / metric" : "metric"));
    r.runs().forEach(x -> head.add(x.run()));
    rows.add(head);
    if (perTopic) {
      for (String t : topics(r)) {
        for (String m : r.metricNames()) {
          List<String> row = new ArrayList<>(List.of(t + " " + m));
          r.runs().forEach(x -> row.add(x.perTopic().containsKey(t) ? ReportWriter.fmt(x.value(t, m)) : "-"));
          rows.add(row);
        }
      }
    }
    for (String m : r.metricNames()) {
      List<String> row = new ArrayList<>(List.of(perTopic ? "all " + m : m));
      r.runs().forEach(x -> row.add(ReportWriter.fmt(x.mean().get(m))));
      rows.add(row);
    }
    return rows;
  }

  /// The line above the comparison table, naming the baseline and the Holm family.
  static String caption(EvalReport r) {
    return String.format(Locale.ROOT, "against the baseline %s; p(rand,Holm) and p(t,Holm): %s", r.baseline(),
        holmFamily(r));
  }

  /// The comparison table: per metric one row per non-baseline run (per-topic deltas first when `perTopic`).
  static List<List<String>> comparisonRows(EvalReport r, boolean perTopic) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(perTopic ? "topic / metric" : "metric", "run", "delta", "W/L/T", "p(rand)", "p(rand,Holm)",
        "p(t)", "p(t,Holm)"));
    if (perTopic) {
      for (String t : topics(r)) {
        for (String m : r.metricNames()) {
          for (Comparison c : r.comparisons()) {
            Double d = metric(c, m).perTopicDelta().get(t);
            rows.add(List.of(t + " " + m, c.runB(), d == null ? "-" : ReportWriter.signed(d), "", "", "", "", ""));
          }
        }
      }
    }
    for (String m : r.metricNames()) {
      for (Comparison c : r.comparisons()) {
        MetricComparison x = metric(c, m);
        rows.add(List.of(perTopic ? "all " + m : m, c.runB(), ReportWriter.signed(x.delta()),
            x.wins() + "/" + x.losses() + "/" + x.ties(), ReportWriter.fmt(x.pRandomization()),
            ReportWriter.fmt(x.pRandomizationHolm()), ReportWriter.fmt(x.pTTest()), ReportWriter.fmt(x.pTTestHolm())));
      }
    }
    return rows;
  }

  /// The notes under the tables: per run, the comparison conventions, the unjudged shares.
  static String footer(EvalReport r) {
    StringBuilder sb = new StringBuilder();
    for (RunResult x : r.runs()) {
      sb.append(String.format(Locale.ROOT, "%s: %d topics in the mean, %d qrels topics missing from the run,"
          + " %d run topics not in the qrels%n", x.run(), x.numQ(), x.missingTopics().size(), x.ignoredTopics().size()));
    }
    Comparison first = r.comparison();
    List<String> counts = r.comparisons().stream().map(c -> c.runB() + " " + c.topics().size()).toList();
    sb.append(String.format(Locale.ROOT, "delta (run - %s), W/L/T (the run's wins/losses/ties against %s) and p over"
        + " the topics of each comparison (%s), a run lacking a topic scoring 0 there; p(rand): two-sided paired"
        + " randomization test, %d permutations, seed %d; p(t): two-sided paired t-test; p(rand,Holm), p(t,Holm):"
        + " %s%n", r.baseline(), r.baseline(), String.join(", ", counts), first.permutations(), first.seed(),
        holmFamily(r)));
    List<String> shares = new ArrayList<>();
    shares.add(String.format(Locale.ROOT, "%s %.1f%%", first.runA(), 100 * first.unjudgedA()));
    r.comparisons().forEach(c -> shares.add(String.format(Locale.ROOT, "%s %.1f%%", c.runB(), 100 * c.unjudgedB())));
    sb.append(String.format(Locale.ROOT, "unjudged share of the top %d: %s%n", first.unjudgedDepth(),
        String.join(", ", shares)));
    return sb.toString();
  }

  /// CSV, one row per (topic, metric), topic `all` for the means: `topic,metric,<runs…>` then, for each
  /// non-baseline run R, `R:delta,R:wins,R:losses,R:ties,R:p_randomization,R:p_randomization_holm,
  /// R:p_ttest,R:p_t_holm` (per-topic rows carry only the deltas).
  static String csv(EvalReport r) {
    List<String> head = new ArrayList<>(List.of("topic", "metric"));
    r.runs().forEach(x -> head.add(x.run()));
    r.comparisons().forEach(c -> CSV_FIELDS.forEach(f -> head.add(c.runB() + ":" + f)));
    StringBuilder sb = new StringBuilder(ReportWriter.csvLine(head));
    for (String topic : topics(r)) {
      for (String m : r.metricNames()) {
        List<String> row = new ArrayList<>(List.of(topic, m));
        r.runs().forEach(x -> row.add(x.perTopic().containsKey(topic) ? ReportWriter.num(x.value(topic, m)) : ""));
        for (Comparison c : r.comparisons()) {
          Double d = metric(c, m).perTopicDelta().get(topic);
          row.add(d == null ? "" : ReportWriter.num(d));
          row.addAll(List.of("", "", "", "", "", "", ""));
        }
        sb.append(ReportWriter.csvLine(row));
      }
    }
    for (String m : r.metricNames()) {
      List<String> row = new ArrayList<>(List.of("all", m));
      r.runs().forEach(x -> row.add(ReportWriter.num(x.mean().get(m))));
      for (Comparison c : r.comparisons()) {
        MetricComparison x = metric(c, m);
        row.addAll(List.of(ReportWriter.num(x.delta()), "" + x.wins(), "" + x.losses(), "" + x.ties(),
            ReportWriter.num(x.pRandomization()), ReportWriter.num(x.pRandomizationHolm()),
            ReportWriter.num(x.pTTest()), ReportWriter.num(x.pTTestHolm())));
      }
      sb.append(ReportWriter.csvLine(row));
    }
    return sb.toString();
  }

  private static String holmFamily(EvalReport r) {
    int n = r.comparisons().size();
    return String.format(Locale.ROOT, "Holm-Bonferroni over the %d comparison%s with %s, per metric and test", n,
        n == 1 ? "" : "s", r.baseline());
  }

  /// Every comparison's topics: in UTF-8 order with `run` averaging, else (all the qrels topics) as listed.
  private static List<String> topics(EvalReport r) {
    Set<String> all = r.settings().averaging() == Averaging.RUN ? new TreeSet<>(Utf8Order.COMPARATOR)
        : new LinkedHashSet<>();
    r.comparisons().forEach(c -> all.addAll(c.topics()));
    return List.copyOf(all);
  }

  private static MetricComparison metric(Comparison c, String name) {
    return c.metrics().stream().filter(m -> m.metric().equals(name)).findFirst().orElseThrow();
  }
}
