package dev.relwb.service;

import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.ReportWriter;
import java.util.List;
import java.util.Locale;

/// The result of an evaluation, rendered for a front end: a text table, Markdown, CSV or JSON.
public final class EvalOutcome {
  private final EvalReport report;

  EvalOutcome(EvalReport report) {
    this.report = report;
  }

  /// The report in `format` (`table`, `markdown`, `csv` or `json`); `perTopic` adds per-topic rows
  /// to the table and Markdown (CSV and JSON always have them).
  public String render(String format, boolean perTopic) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "table" -> ReportWriter.table(report, perTopic);
      case "markdown", "md" -> ReportWriter.markdown(report, perTopic);
      case "csv" -> ReportWriter.csv(report);
      case "json" -> json();
      default -> throw new WorkbenchException("Unknown report format '" + format + "'; use table, markdown, csv or json");
    };
  }

  /// Notes about lenient input parsing, one line each.
  public List<String> warnings() {
    return report.warnings();
  }

  /// The mean of a metric for the i-th run (0-based), for quick checks.
  public double mean(int run, String metric) {
    return report.runs().get(run).mean().get(metric);
  }

  private String json() {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ReportWriter.json(report));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new WorkbenchException("Cannot write the report as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
