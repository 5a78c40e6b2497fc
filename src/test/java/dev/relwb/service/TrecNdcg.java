package dev.relwb.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Test-only nDCG@k with trec_eval conventions: run lines re-sorted by score descending, ties by
/// document id descending; linear gains; the ideal ranking from all judged documents of the
/// topic; mean over every topic of the qrels (a topic missing from the run scores 0).
final class TrecNdcg {
  private TrecNdcg() { }

  record Line(String doc, double score) { }

  static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> q = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      if (f.length == 4) {
        q.computeIfAbsent(f[0], x -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
      } else if (f.length == 3 && !f[0].equals("query-id")) {
        q.computeIfAbsent(f[0], x -> new HashMap<>()).put(f[1], Integer.parseInt(f[2]));
      }
    }
    return q;
  }

  static Map<String, List<Line>> run(Path file) throws IOException {
    Map<String, List<Line>> r = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      r.computeIfAbsent(f[0], x -> new ArrayList<>()).add(new Line(f[2], Double.parseDouble(f[4])));
    }
    return r;
  }

  static double mean(Map<String, Map<String, Integer>> qrels, Map<String, List<Line>> run, int k) {
    double sum = 0;
    int n = 0;
    for (var e : qrels.entrySet()) {
      if (e.getValue().values().stream().noneMatch(g -> g > 0)) {
        continue;
      }
      sum += ndcg(e.getValue(), run.getOrDefault(e.getKey(), List.of()), k);
      n++;
    }
    return sum / n;
  }

  static double ndcg(Map<String, Integer> judged, List<Line> lines, int k) {
    List<Line> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble((Line l) -> -l.score()).thenComparing(Line::doc, Comparator.reverseOrder()));
    double dcg = 0;
    for (int i = 0; i < Math.min(k, sorted.size()); i++) {
      int g = Math.max(0, judged.getOrDefault(sorted.get(i).doc(), 0));
      dcg += g / log2(i + 2);
    }
    List<Integer> ideal = judged.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
