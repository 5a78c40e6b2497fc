package dev.relwb.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// A retrieval run: per topic, the retrieved documents in `trec_eval`'s order.
///
/// The order is **score descending, then document id descending in byte order** (`trec_eval`'s
/// `comp_sim_docno`), whatever the order of the lines or the rank column. There is no depth limit.
/// Topics iterate in byte order.
public final class Run {
  /// `trec_eval`'s ranking order: score descending, ties by docid descending (unsigned bytes).
  public static final Comparator<RunEntry> TREC_EVAL_ORDER =
      Comparator.comparingDouble(RunEntry::score).reversed()
          .thenComparing(RunEntry::doc, Utf8Order.COMPARATOR.reversed());

  private final String name;
  private final String tag;
  private final Map<String, List<RunEntry>> byTopic;
  private final List<String> warnings;

  private Run(String name, String tag, Map<String, List<RunEntry>> byTopic, List<String> warnings) {
    this.name = name;
    this.tag = tag;
    this.byTopic = byTopic;
    this.warnings = List.copyOf(warnings);
  }

  /// A builder; `name` is how reports call the run and names it in error messages.
  public static Builder builder(String name) {
    return new Builder(name, name);
  }

  /// A builder whose errors name `source` (the file path) instead of the run name.
  public static Builder builder(String name, String source) {
    return new Builder(name, source);
  }

  /// How reports name this run (file name or saved-run name).
  public String name() {
    return name;
  }

  /// The run tag (`trec_eval`'s runid: the tag on the last line), or the name when there is none.
  public String tag() {
    return tag;
  }

  /// Topics with at least one retrieved document, in byte order.
  public Set<String> topics() {
    return Collections.unmodifiableSet(byTopic.keySet());
  }

  /// The documents retrieved for a topic in `trec_eval`'s order (empty for an unknown topic).
  public List<RunEntry> ranked(String topic) {
    return byTopic.getOrDefault(topic, List.of());
  }

  /// Notes about lenient parsing (e.g. scores that were not numbers and were read as 0).
  public List<String> warnings() {
    return warnings;
  }

  /// A copy with another display name.
  public Run withName(String newName) {
    return new Run(newName, tag, byTopic, warnings);
  }

  /// Collects run lines; a document given twice for one topic is an error naming both lines.
  public static final class Builder {
    private final String name;
    private final String source;
    private String tag;
    private final Map<String, List<RunEntry>> byTopic = new TreeMap<>(Utf8Order.COMPARATOR);
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private Builder(String name, String source) {
      this.name = name;
      this.source = source;
    }

    /// Adds one retrieved document read at `line` (1-based; 0 when not from a file).
    public Builder add(String topic, String doc, double score, int rankColumn, int line) {
      if (Double.isNaN(score)) {
        throw new EvalException(EvalException.MALFORMED, source + lineSuffix(line) + ": the score of '" + doc
            + "' for topic '" + topic + "' is NaN, which has no order; write a number");
      }
      Integer first = seen.putIfAbsent(topic + '\u0000' + doc, line);
      if (first != null) {
        throw new EvalException(EvalException.DUPLICATE, source + lineSuffix(line) + ": document '" + doc
            + "' is listed twice for topic '" + topic + "'" + (first > 0 ? " (first on line " + first + ")" : "")
            + "; a run must list each document once per topic");
      }
      byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(new RunEntry(doc, score, rankColumn));
      return this;
    }

    /// Sets the run tag (the last one set wins, like `trec_eval`'s runid).
    public Builder tag(String newTag) {
      this.tag = newTag;
      return this;
    }

    /// Records a parsing note shown to the user.
    public Builder warn(String warning) {
      warnings.add(warning);
      return this;
    }

    /// The run with each topic sorted in `trec_eval`'s order.
    public Run build() {
      Map<String, List<RunEntry>> sorted = new TreeMap<>(Utf8Order.COMPARATOR);
      byTopic.forEach((t, list) -> {
        List<RunEntry> copy = new ArrayList<>(list);
        copy.sort(TREC_EVAL_ORDER);
        sorted.put(t, List.copyOf(copy));
      });
      return new Run(name, tag == null ? name : tag, sorted, warnings);
    }

    private static String lineSuffix(int line) {
      return line > 0 ? ":" + line : "";
    }
  }
}
