package dev.relwb.eval;

import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// How several annotators' current grades become one grade per (topic, document) pair, the qrels that
/// evaluation and export use.
///
/// Every rule puts **adjudication first**: when a pair has a grade from the adjudicator (the annotator
/// `adjudicated`), that grade is the pair's, whatever the others said. Otherwise the rule combines the
/// grades of every annotator who graded the pair (skipped and unrateable pairs carry no grade and do
/// not count; a pair nobody graded is left out):
///
/// | rule | grade of a pair |
/// | --- | --- |
/// | `latest` | the grade recorded last (whoever gave it) |
/// | `majority` | the grade most annotators gave; a tie goes to the **higher** grade (2, 2, 1, 1 → 2) |
/// | `mean` | the mean grade rounded half up (1, 2 → 2; 1, 1, 2 → 1) |
/// | `max` | the highest grade given |
///
/// A tie in `majority` resolves upwards so that a split panel does not hide a document that half of
/// it found relevant, like `max` and unlike a coin toss. Pure and deterministic.
public enum Aggregation {
  /// The most recently recorded grade per pair (what evaluation always did).
  LATEST,
  /// The most frequent grade per pair; ties go to the higher grade.
  MAJORITY,
  /// The mean grade per pair, rounded half up.
  MEAN,
  /// The highest grade per pair.
  MAX;

  /// The lower-case name used on the command line and in the window (`latest`, `majority`, …).
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /// Parses `latest`, `majority`, `mean` or `max` (case-insensitive).
  public static Aggregation parse(String s) {
    String v = s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.name().equals(v)).findFirst().orElseThrow(() ->
        new WorkbenchException("Unknown aggregation '" + s + "'; use latest, majority, mean or max"));
  }

  /// One grade per pair from `ratings`, the annotators' current grades **in the order they were
  /// recorded** (oldest first; `latest` takes a pair's last). A pair rated by `adjudicator` (may be
  /// null: no adjudication) gets that rating's grade. Pairs come out in the order they first appear.
  public List<QrelsRow> combine(List<Rating> ratings, String adjudicator) {
    Map<String, List<Rating>> byPair = new LinkedHashMap<>();
    for (Rating r : ratings) {
      byPair.computeIfAbsent(r.topic() + '\u0000' + r.doc(), k -> new ArrayList<>()).add(r);
    }
    List<QrelsRow> rows = new ArrayList<>(byPair.size());
    for (List<Rating> pair : byPair.values()) {
      Rating first = pair.getFirst();
      int grade = pair.stream().filter(r -> adjudicator != null && adjudicator.equals(r.annotator()))
          .reduce((a, b) -> b).map(Rating::grade)
          .orElseGet(() -> grade(pair.stream().mapToInt(Rating::grade).toArray()));
      rows.add(new QrelsRow(first.topic(), first.doc(), grade, 0));
    }
    return rows;
  }

  /// This rule applied to the non-empty `grades` of one pair, oldest first.
  public int grade(int... grades) {
    if (grades.length == 0) {
      throw new IllegalArgumentException("no grades to combine");
    }
    return switch (this) {
      case LATEST -> grades[grades.length - 1];
      case MAJORITY -> majority(grades);
      case MEAN -> (int) Math.floorDiv(2L * Arrays.stream(grades).asLongStream().sum() + grades.length,
          2L * grades.length);
      case MAX -> Arrays.stream(grades).max().orElseThrow();
    };
  }

  private static int majority(int[] grades) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int g : grades) {
      counts.merge(g, 1, Integer::sum);
    }
    int best = grades[0];
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      int bestN = counts.get(best);
      if (n > bestN || n == bestN && e.getKey() > best) {
        best = e.getKey();
      }
    }
    return best;
  }
}
