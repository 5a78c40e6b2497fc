package dev.relwb.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/// Inter-annotator agreement on graded judgments (grades 0–3).
///
/// * **Cohen's quadratic-weighted kappa** per annotator pair, over the pairs both graded:
///   κ_w = 1 − Σ w_ij O_ij / Σ w_ij E_ij with w_ij = (i − j)² / (G − 1)², O the observed grade
///   confusion counts and E the counts expected from the two annotators' marginals (G = 4 grades).
///   NaN when E has no weighted mass (both annotators used a single identical grade throughout).
/// * **Fleiss' kappa** over every pair graded by at least two annotators, nominal grades:
///   P_i = Σ_j n_ij (n_ij − 1) / (n_i (n_i − 1)), P̄ = mean P_i, p_j = Σ_i n_ij / Σ_i n_i,
///   P_e = Σ_j p_j², κ = (P̄ − P_e) / (1 − P_e). With the same number of raters per item this is
///   Fleiss (1971); with varying numbers it is the usual generalisation. NaN when P_e = 1.
/// * **Disagreements**: every pair whose annotators gave different grades, largest spread first.
public record Agreement(List<PairKappa> pairs, double fleissKappa, int fleissItems, List<Disagreement> disagreements) {
  /// Number of grade values (0–3).
  public static final int GRADES = 4;

  /// Cohen's quadratic-weighted kappa of two annotators over the `items` they both graded.
  public record PairKappa(String annotatorA, String annotatorB, int items, double kappa) { }

  /// One (topic, doc) whose annotators disagree, with each annotator's grade.
  public record Disagreement(String topic, String doc, Map<String, Integer> grades, int spread) { }

  /// Computes agreement from current ratings (at most one per annotator and pair).
  public static Agreement of(List<Rating> ratings) {
    Map<String, Map<String, Integer>> byItem = new TreeMap<>();
    for (Rating r : ratings) {
      if (r.grade() < 0 || r.grade() >= GRADES) {
        throw new IllegalArgumentException("grade out of 0-3: " + r);
      }
      byItem.computeIfAbsent(r.topic() + '\u0000' + r.doc(), k -> new TreeMap<>()).put(r.annotator(), r.grade());
    }
    List<String> annotators = ratings.stream().map(Rating::annotator).distinct().sorted().toList();
    List<PairKappa> pairs = new ArrayList<>();
    for (int i = 0; i < annotators.size(); i++) {
      for (int j = i + 1; j < annotators.size(); j++) {
        pairs.add(cohen(byItem, annotators.get(i), annotators.get(j)));
      }
    }
    List<Map<String, Integer>> multi = byItem.values().stream().filter(m -> m.size() >= 2).toList();
    return new Agreement(List.copyOf(pairs), fleiss(multi), multi.size(), disagreements(byItem));
  }

  static PairKappa cohen(Map<String, Map<String, Integer>> byItem, String a, String b) {
    double[][] obs = new double[GRADES][GRADES];
    int n = 0;
    for (Map<String, Integer> m : byItem.values()) {
      if (m.containsKey(a) && m.containsKey(b)) {
        obs[m.get(a)][m.get(b)]++;
        n++;
      }
    }
    return new PairKappa(a, b, n, n == 0 ? Double.NaN : quadraticKappa(obs, n));
  }

  static double quadraticKappa(double[][] obs, int n) {
    double[] rowSum = new double[GRADES];
    double[] colSum = new double[GRADES];
    for (int i = 0; i < GRADES; i++) {
      for (int j = 0; j < GRADES; j++) {
        rowSum[i] += obs[i][j];
        colSum[j] += obs[i][j];
      }
    }
    double o = 0;
    double e = 0;
    for (int i = 0; i < GRADES; i++) {
      for (int j = 0; j < GRADES; j++) {
        double w = (double) (i - j) * (i - j) / ((GRADES - 1) * (GRADES - 1));
        o += w * obs[i][j];
        e += w * rowSum[i] * colSum[j] / n;
      }
    }
    return e == 0 ? Double.NaN : 1 - o / e;
  }

  static double fleiss(List<Map<String, Integer>> items) {
    if (items.isEmpty()) {
      return Double.NaN;
    }
    double[] total = new double[GRADES];
    double sumP = 0;
    double raters = 0;
    for (Map<String, Integer> m : items) {
      int[] c = new int[GRADES];
      m.values().forEach(g -> c[g]++);
      int ni = m.size();
      double agree = 0;
      for (int j = 0; j < GRADES; j++) {
        agree += (double) c[j] * (c[j] - 1);
        total[j] += c[j];
      }
      sumP += agree / ((double) ni * (ni - 1));
      raters += ni;
    }
    double pBar = sumP / items.size();
    double pe = 0;
    for (double t : total) {
      pe += (t / raters) * (t / raters);
    }
    return pe >= 1 ? Double.NaN : (pBar - pe) / (1 - pe);
  }

  static List<Disagreement> disagreements(Map<String, Map<String, Integer>> byItem) {
    List<Disagreement> out = new ArrayList<>();
    byItem.forEach((key, grades) -> {
      int max = grades.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      int min = grades.values().stream().mapToInt(Integer::intValue).min().orElse(0);
      if (max != min) {
        int cut = key.indexOf('\u0000');
        out.add(new Disagreement(key.substring(0, cut), key.substring(cut + 1),
            java.util.Collections.unmodifiableMap(grades), max - min));
      }
    });
    out.sort(Comparator.comparingInt(Disagreement::spread).reversed()
        .thenComparing(Disagreement::topic, Utf8Order.COMPARATOR).thenComparing(Disagreement::doc, Utf8Order.COMPARATOR));
    return List.copyOf(out);
  }
}
