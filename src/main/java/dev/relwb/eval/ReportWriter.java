package dev.relwb.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// Renders an `EvalReport` as a text table, Markdown, CSV or JSON.
///
/// JSON has the shape `{"averaging", "relevance_threshold", "runs": [{"run", "mean", "per_topic",
/// "num_q", "missing_topics", "ignored_topics"}], "comparison"?, "baseline"?, "comparisons"?}`:
/// `comparisons` holds each non-baseline run against the baseline (with `p_randomization_holm` and
/// `p_t_holm` per metric, Holm–Bonferroni over the `holm_family_size` comparisons), and `comparison`
/// is the first of them, as with two runs. Values are full doubles, and NaN (an undefined p-value) is
/// written as null.
public final class ReportWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private ReportWriter() { }

  /// The aligned text table: one row per metric, means per run, and for two runs the delta,
  /// wins/losses/ties and both p-values; per-topic rows too when `perTopic`. With more runs (or a
  /// baseline other than the first run) the means table is followed by a table of each run against the
  /// baseline with raw and Holm–Bonferroni-corrected p-values ([MultiRunReport]).
  public static String table(EvalReport r, boolean perTopic) {
    if (MultiRunReport.applies(r)) {
      return header(r) + '\n' + aligned(MultiRunReport.meanRows(r, perTopic)) + '\n' + MultiRunReport.caption(r)
          + '\n' + aligned(MultiRunReport.comparisonRows(r, perTopic)) + MultiRunReport.footer(r);
    }
    return header(r) + '\n' + aligned(rows(r, perTopic)) + footer(r);
  }

  /// A Markdown table with the same content as `table`.
  public static String markdown(EvalReport r, boolean perTopic) {
    if (MultiRunReport.applies(r)) {
      return header(r) + "\n\n" + md(MultiRunReport.meanRows(r, perTopic)) + '\n' + MultiRunReport.caption(r)
          + "\n\n" + md(MultiRunReport.comparisonRows(r, perTopic)) + '\n' + MultiRunReport.footer(r);
    }
    return header(r) + "\n\n" + md(rows(r, perTopic)) + '\n' + footer(r);
  }

  private static String aligned(List<List<String>> rows) {
    int[] w = new int[rows.get(0).size()];
    rows.forEach(row -> {
      for (int i = 0; i < row.size(); i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    });
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        sb.append(i == 0 ? String.format(Locale.ROOT, "%-" + w[i] + "s", row.get(i))
            : String.format(Locale.ROOT, "  %" + w[i] + "s", row.get(i)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String md(List<List<String>> rows) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      sb.append("| ").append(String.join(" | ", rows.get(i))).append(" |\n");
      if (i == 0) {
        sb.append("|").append(" --- |".repeat(rows.get(0).size())).append('\n');
      }
    }
    return sb.toString();
  }

  /// CSV, one row per (topic, metric), topic `all` for the means: `topic,metric,<runs…>[,delta,wins,
  /// losses,ties,p_randomization,p_ttest]` with full-precision values.
  public static String csv(EvalReport r) {
    if (MultiRunReport.applies(r)) {
      return MultiRunReport.csv(r);
    }
    boolean cmp = r.comparison() != null;
    List<String> head = new ArrayList<>(List.of("topic", "metric"));
    r.runs().forEach(x -> head.add(x.run()));
    if (cmp) {
      head.addAll(List.of("delta", "wins", "losses", "ties", "p_randomization", "p_ttest"));
    }
    StringBuilder sb = new StringBuilder(csvLine(head));
    for (String topic : topicsOf(r)) {
      for (String m : r.metricNames()) {
        List<String> row = new ArrayList<>(List.of(topic, m));
        r.runs().forEach(x -> row.add(x.perTopic().containsKey(topic) ? num(x.value(topic, m)) : ""));
        if (cmp) {
          Double d = metric(r, m).perTopicDelta().get(topic);
          row.addAll(List.of(d == null ? "" : num(d), "", "", "", "", ""));
        }
        sb.append(csvLine(row));
      }
    }
    for (String m : r.metricNames()) {
      List<String> row = new ArrayList<>(List.of("all", m));
      r.runs().forEach(x -> row.add(num(x.mean().get(m))));
      if (cmp) {
        MetricComparison c = metric(r, m);
        row.addAll(List.of(num(c.delta()), "" + c.wins(), "" + c.losses(), "" + c.ties(),
            num(c.pRandomization()), num(c.pTTest())));
      }
      sb.append(csvLine(row));
    }
    return sb.toString();
  }

  /// The JSON document described in the class comment.
  public static ObjectNode json(EvalReport r) {
    ObjectNode root = F.objectNode();
    root.put("averaging", r.settings().averaging().label());
    root.put("relevance_threshold", r.settings().relevanceThreshold());
    var runs = root.putArray("runs");
    for (RunResult x : r.runs()) {
      ObjectNode run = runs.addObject();
      run.put("run", x.run());
      ObjectNode mean = run.putObject("mean");
      x.mean().forEach((k, v) -> put(mean, k, v));
      ObjectNode per = run.putObject("per_topic");
      x.perTopic().forEach((t, vals) -> {
        ObjectNode o = per.putObject(t);
        vals.forEach((k, v) -> put(o, k, v));
      });
      run.put("num_q", x.numQ());
      x.missingTopics().forEach(run.putArray("missing_topics")::add);
      x.ignoredTopics().forEach(run.putArray("ignored_topics")::add);
    }
    if (r.comparison() != null) {
      root.set("comparison", comparisonJson(r.comparison(), r.comparisons().size()));
      root.put("baseline", r.baseline());
      var all = root.putArray("comparisons");
      r.comparisons().forEach(c -> all.add(comparisonJson(c, r.comparisons().size())));
    }
    return root;
  }

  private static ObjectNode comparisonJson(Comparison c, int family) {
    ObjectNode o = F.objectNode();
    o.put("run_a", c.runA());
    o.put("run_b", c.runB());
    o.put("topics", c.topics().size());
    o.put("permutations", c.permutations());
    o.put("seed", c.seed());
    o.put("unjudged_depth", c.unjudgedDepth());
    o.put("holm_family_size", family);
    ObjectNode un = o.putObject("unjudged_share");
    put(un, c.runA(), c.unjudgedA());
    put(un, c.runB(), c.unjudgedB());
    ObjectNode ms = o.putObject("metrics");
    for (MetricComparison m : c.metrics()) {
      ObjectNode x = ms.putObject(m.metric());
      put(x, "mean_a", m.meanA());
      put(x, "mean_b", m.meanB());
      put(x, "delta", m.delta());
      x.put("wins", m.wins());
      x.put("losses", m.losses());
      x.put("ties", m.ties());
      put(x, "p_randomization", m.pRandomization());
      put(x, "p_ttest", m.pTTest());
      put(x, "p_randomization_holm", m.pRandomizationHolm());
      put(x, "p_t_holm", m.pTTestHolm());
      ObjectNode d = x.putObject("per_topic_delta");
      m.perTopicDelta().forEach((t, v) -> put(d, t, v));
    }
    return o;
  }

  static void put(ObjectNode o, String k, double v) {
    if (Double.isFinite(v)) {
      o.put(k, v);
    } else {
      o.putNull(k);
    }
  }

  private static List<List<String>> rows(EvalReport r, boolean perTopic) {
    boolean cmp = r.comparison() != null;
    List<List<String>> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(perTopic ? "topic / metric" : "metric"));
    r.runs().forEach(x -> head.add(x.run()));
    if (cmp) {
      head.addAll(List.of("delta", "W/L/T", "p(rand)", "p(t)"));
    }
    rows.add(head);
    if (perTopic) {
      for (String t : topicsOf(r)) {
        for (String m : r.metricNames()) {
          List<String> row = new ArrayList<>(List.of(t + " " + m));
          r.runs().forEach(x -> row.add(x.perTopic().containsKey(t) ? fmt(x.value(t, m)) : "-"));
          if (cmp) {
            Double d = metric(r, m).perTopicDelta().get(t);
            row.addAll(List.of(d == null ? "-" : signed(d), "", "", ""));
          }
          rows.add(row);
        }
      }
    }
    for (String m : r.metricNames()) {
      List<String> row = new ArrayList<>(List.of(perTopic ? "all " + m : m));
      r.runs().forEach(x -> row.add(fmt(x.mean().get(m))));
      if (cmp) {
        MetricComparison c = metric(r, m);
        row.addAll(List.of(signed(c.delta()), c.wins() + "/" + c.losses() + "/" + c.ties(),
            fmt(c.pRandomization()), fmt(c.pTTest())));
      }
      rows.add(row);
    }
    return rows;
  }

  static String header(EvalReport r) {
    int t = r.settings().relevanceThreshold();
    return "averaging: " + r.settings().averaging().label()
        + (r.settings().averaging() == Averaging.QRELS ? " (every qrels topic; missing topics count 0, like trec_eval -c)"
            : " (topics in both the run and the qrels, like plain trec_eval)")
        + "; relevant: grade >= " + t + " (binary metrics; nDCG uses the grades)";
  }

  private static String footer(EvalReport r) {
    StringBuilder sb = new StringBuilder();
    for (RunResult x : r.runs()) {
      sb.append(String.format(Locale.ROOT, "%s: %d topics in the mean, %d qrels topics missing from the run,"
          + " %d run topics not in the qrels%n", x.run(), x.numQ(), x.missingTopics().size(), x.ignoredTopics().size()));
    }
    Comparison c = r.comparison();
    if (c != null) {
      sb.append(String.format(Locale.ROOT, "delta (B - A), W/L/T (B wins/losses/ties) and p over %d topics, a run"
          + " lacking a topic scoring 0 there; p(rand): two-sided paired randomization test, %d permutations,"
          + " seed %d; p(t): two-sided paired t-test%n", c.topics().size(), c.permutations(), c.seed()));
      sb.append(String.format(Locale.ROOT, "unjudged share of the top %d: %s %.1f%%, %s %.1f%%%n", c.unjudgedDepth(),
          c.runA(), 100 * c.unjudgedA(), c.runB(), 100 * c.unjudgedB()));
    }
    return sb.toString();
  }

  static List<String> topicsOf(EvalReport r) {
    if (r.comparison() != null) {
      return r.comparison().topics();
    }
    return r.runs().get(0).evaluatedTopics();
  }

  private static MetricComparison metric(EvalReport r, String name) {
    return r.comparison().metrics().stream().filter(m -> m.metric().equals(name)).findFirst().orElseThrow();
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }

  static String signed(double v) {
    return String.format(Locale.ROOT, "%+.4f", v);
  }

  static String num(double v) {
    return Double.isFinite(v) ? Double.toString(v) : "";
  }

  static String csvLine(List<String> fields) {
    try {
      return CSV.writer(CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n")).writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("CSV of plain strings cannot fail", e);
    }
  }
}
