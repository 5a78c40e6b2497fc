package dev.relwb.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// Relevance judgments as `trec_eval` sees them: per topic, each judged document and its integer
/// grade. Grade ≥ 0 means judged (0 = not relevant); a negative grade means "in the pool but
/// unjudged". A topic is "in the qrels" when it has any line, even if all its grades are 0.
/// Topics iterate in byte order (`1, 10, 11, …, 2`), as `trec_eval` prints them.
public final class Qrels {
  private final String source;
  private final Map<String, Map<String, Integer>> byTopic;

  private Qrels(String source, Map<String, Map<String, Integer>> byTopic) {
    this.source = source;
    this.byTopic = byTopic;
  }

  /// A builder; `source` names the file or store in error messages.
  public static Builder builder(String source) {
    return new Builder(source);
  }

  /// The file or store these judgments came from.
  public String source() {
    return source;
  }

  /// Every topic with at least one qrels line, in byte order.
  public Set<String> topics() {
    return Collections.unmodifiableSet(byTopic.keySet());
  }

  /// Whether the topic has any qrels line.
  public boolean hasTopic(String topic) {
    return byTopic.containsKey(topic);
  }

  /// The judged documents of a topic and their grades (empty for an unknown topic).
  public Map<String, Integer> judgments(String topic) {
    return Collections.unmodifiableMap(byTopic.getOrDefault(topic, Map.of()));
  }

  /// Number of qrels lines.
  public int size() {
    return byTopic.values().stream().mapToInt(Map::size).sum();
  }

  /// Rows (topic, doc, grade) in byte order of topic, then doc.
  public List<QrelsRow> rows() {
    List<QrelsRow> rows = new ArrayList<>(size());
    byTopic.forEach((topic, docs) -> docs.keySet().stream().sorted(Utf8Order.COMPARATOR)
        .forEach(doc -> rows.add(new QrelsRow(topic, doc, docs.get(doc), 0))));
    return rows;
  }

  /// Collects judgments; a (topic, doc) pair given twice is an error naming both lines.
  public static final class Builder {
    private final String source;
    private final Map<String, Map<String, Integer>> byTopic = new TreeMap<>(Utf8Order.COMPARATOR);
    private final Map<String, Integer> firstLine = new HashMap<>();

    private Builder(String source) {
      this.source = source;
    }

    /// Adds one judgment read at `line` (1-based; 0 when not from a file).
    public Builder add(String topic, String doc, int grade, int line) {
      Integer previous = byTopic.computeIfAbsent(topic, t -> new LinkedHashMap<>()).putIfAbsent(doc, grade);
      if (previous != null) {
        throw new EvalException(EvalException.DUPLICATE, source + (line > 0 ? ":" + line : "")
            + ": document '" + doc + "' is judged twice for topic '" + topic + "'"
            + lineRef(firstLine.get(topic + '\u0000' + doc)) + "; keep one line per topic and document");
      }
      firstLine.put(topic + '\u0000' + doc, line);
      return this;
    }

    private static String lineRef(Integer line) {
      return line == null || line == 0 ? "" : " (first on line " + line + ")";
    }

    /// The immutable qrels.
    public Qrels build() {
      return new Qrels(source, byTopic);
    }
  }
}
