package dev.relwb.service;

import dev.relwb.core.Json;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.WorkbenchException;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.ReportWriter;
import java.util.List;
import java.util.Locale;

/// The result of an evaluation: the eval package's report, and the runs it evaluated when they were
/// made here (the Evaluation tab's BM25 and BM25+reranker runs, for export; empty for run files).
///
/// @param report the metrics, per-topic values and the comparison of two runs
/// @param runs   the rankings behind the report, each to be written as `file` (TREC) with its metadata
public record EvalOutcome(EvalReport report, List<RunRankings> runs) {
  /// One evaluated run: the file name it exports to, its tag, its rankings and metadata.
  public record RunRankings(String file, String tag, List<Ranking> rankings, RunMetadata metadata) {
    /// Copies the rankings.
    public RunRankings {
      rankings = List.copyOf(rankings);
    }
  }

  /// Copies the run list.
  public EvalOutcome {
    runs = List.copyOf(runs);
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
