package dev.relwb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.MetricComparison;
import dev.relwb.eval.RunResult;
import dev.relwb.service.EvalOutcome;
import dev.relwb.service.SnapshotDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// How `relwb snapshot diff` prints a [SnapshotDiff]: per list a metrics table (mean A, mean B, Δ, W/L/T,
/// both p-values, formatted like `relwb eval`'s table) and per changed query its moves (`▲3 d17` up three
/// places, `▼2 d5` down, `+ d4` entered the top k, `- d9` left it); or all of it as one JSON object whose
/// `report`s have the shape of `relwb eval --json`.
final class SnapshotDiffPrinter {
  private SnapshotDiffPrinter() { }

  /// The diff as text.
  static String text(SnapshotDiff d) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Snapshot %s (A) vs %s (B), top %d%n", d.a(),
        d.b(), d.k()));
    if (d.lists().isEmpty()) {
      return sb.append("The two hold no list of the same name.\n").toString();
    }
    for (SnapshotDiff.ListDiff l : d.lists()) {
      sb.append('\n').append("== ").append(l.list()).append(" ==\n");
      table(sb, l.report());
      moves(sb, l);
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, EvalReport r) {
    if (r == null) {
      sb.append("No metrics: no query of A or of B has a graded judgment yet\n");
      return;
    }
    RunResult a = r.runs().get(0);
    RunResult b = r.runs().get(1);
    sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %9s %10s %9s %9s%n", "metric", "A", "B", "delta", "W/L/T",
        "p(rand)", "p(t)"));
    for (String m : r.metricNames()) {
      MetricComparison c = r.comparison().metrics().stream().filter(x -> x.metric().equals(m)).findFirst()
          .orElseThrow();
      sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %+9.4f %10s %9s %9s%n", m, fmt(a.mean().get(m)),
          fmt(b.mean().get(m)), c.delta(), c.wins() + "/" + c.losses() + "/" + c.ties(), fmt(c.pRandomization()),
          fmt(c.pTTest())));
    }
    sb.append(String.format(Locale.ROOT, "A: %d topics in the mean, B: %d; delta and p over %d topics%n",
        a.numQ(), b.numQ(), r.comparison().topics().size()));
  }

  private static void moves(StringBuilder sb, SnapshotDiff.ListDiff l) {
    List<SnapshotDiff.QueryDiff> changed = l.queries().stream().filter(SnapshotDiff.QueryDiff::changed).toList();
    sb.append(String.format(Locale.ROOT, "%d of %d queries changed%s%n", changed.size(), l.queries().size(),
        changed.isEmpty() ? "" : " (▲ up, ▼ down, + entered, - left the top k):"));
    for (SnapshotDiff.QueryDiff q : changed) {
      sb.append(String.format(Locale.ROOT, "  %s  %s  (+%d -%d)%n", q.topic(), q.text(), q.entered(), q.left()));
      List<String> tokens = new ArrayList<>();
      for (SnapshotDiff.DocMove m : q.docs()) {
        if (m.rankA() == 0) {
          tokens.add("+ " + m.doc());
        } else if (m.rankB() == 0) {
          tokens.add("- " + m.doc());
        } else if (m.moved() > 0) {
          tokens.add("▲" + m.moved() + " " + m.doc());
        } else if (m.moved() < 0) {
          tokens.add("▼" + -m.moved() + " " + m.doc());
        }
      }
      sb.append("    ").append(String.join("  ", tokens)).append('\n');
    }
  }

  /// The diff as JSON: `{"a", "b", "k", "lists": [{"list", "report", "queries": [{"topic", "text", "entered",
  /// "left", "docs": [{"doc", "rank_a", "rank_b"}]}]}]}`, ranks 0 outside the top k, `report` null without
  /// graded judgments.
  static String json(SnapshotDiff d) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("a", d.a());
    root.put("b", d.b());
    root.put("k", d.k());
    ArrayNode lists = root.putArray("lists");
    try {
      for (SnapshotDiff.ListDiff l : d.lists()) {
        ObjectNode list = lists.addObject();
        list.put("list", l.list());
        list.set("report", l.report() == null ? list.nullNode()
            : Json.mapper().readTree(new EvalOutcome(l.report(), List.of()).render("json", true)));
        ArrayNode queries = list.putArray("queries");
        for (SnapshotDiff.QueryDiff q : l.queries()) {
          ObjectNode o = queries.addObject();
          o.put("topic", q.topic());
          o.put("text", q.text());
          o.put("entered", q.entered());
          o.put("left", q.left());
          ArrayNode docs = o.putArray("docs");
          q.docs().forEach(m -> docs.addObject().put("doc", m.doc()).put("rank_a", m.rankA()).put("rank_b", m.rankB()));
        }
      }
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException("Cannot write the diff as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String fmt(Double v) {
    return v == null || Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
  }
}
