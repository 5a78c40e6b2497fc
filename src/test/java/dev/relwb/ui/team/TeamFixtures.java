package dev.relwb.ui.team;

import dev.relwb.core.Topic;
import dev.relwb.eval.Comparison;
import dev.relwb.eval.EvalReport;
import dev.relwb.eval.EvalSettings;
import dev.relwb.eval.Evaluator;
import dev.relwb.eval.Qrels;
import dev.relwb.eval.Rating;
import dev.relwb.eval.Run;
import dev.relwb.eval.RunResult;
import dev.relwb.service.SnapshotDiff;
import dev.relwb.ui.FakePorts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// A small team's judgments and two snapshots of the fake corpus, for the Team tab's tests: three
/// annotators who disagree on a few documents, and a diff whose metrics the real `eval` code computes from
/// two runs and qrels.
final class TeamFixtures {
  /// Topic id → query text.
  static final Map<String, String> TOPICS = new LinkedHashMap<>();

  static {
    TOPICS.put("q1", "ocean tides moon");
    TOPICS.put("q2", "sea level rise");
    TOPICS.put("q3", "river floods");
    TOPICS.put("q4", "coastal erosion");
    TOPICS.put("q5", "baking bread");
  }

  private TeamFixtures() { }

  /// Fills `ports` with the topics and the grades of alice, bob and carol.
  static void judgments(FakePorts ports) {
    TOPICS.forEach((id, text) -> ports.topicList.add(Topic.of(id, text)));
    ports.annotators.addAll(List.of("bob", "carol"));
    grade(ports, "alice", "q1 d1 3, q1 d2 2, q1 d9 3, q1 d10 1, q2 d4 3, q2 d8 1, q3 d3 3, q4 d8 3, q4 d10 0");
    grade(ports, "bob", "q1 d1 3, q1 d2 1, q1 d9 2, q1 d10 1, q2 d4 3, q2 d8 0, q3 d3 3, q4 d8 2, q4 d10 2");
    grade(ports, "carol", "q1 d1 2, q1 d2 2, q1 d9 3, q2 d4 1, q3 d3 3, q4 d8 3");
  }

  private static void grade(FakePorts ports, String annotator, String triples) {
    for (String t : triples.split(",\\s*")) {
      String[] p = t.split(" ");
      ports.ratings.add(new Rating(p[0], p[1], annotator, Integer.parseInt(p[2])));
    }
  }

  /// Snapshot `before` against `after` at k = 5: lists `BM25` (little changed) and `mono-XM auto` (moves).
  static SnapshotDiff diff() {
    Qrels qrels = qrels();
    Map<String, List<String>> bm25 = rankings("d1 d2 d9 d8 d10", "d4 d8 d1 d3 d2", "d3 d4 d8 d1 d2",
        "d8 d10 d4 d1 d3", "d5 d3 d4 d1 d2");
    Map<String, List<String>> bm25After = rankings("d1 d2 d9 d8 d10", "d4 d1 d8 d3 d2", "d3 d4 d8 d1 d2",
        "d8 d10 d4 d1 d3", "d5 d3 d4 d1 d2");
    Map<String, List<String>> rerankBefore = rankings("d2 d1 d10 d9 d8", "d8 d4 d1 d3 d2", "d4 d3 d8 d1 d2",
        "d10 d8 d4 d1 d3", "d5 d3 d4 d1 d2");
    Map<String, List<String>> rerankAfter = rankings("d9 d1 d2 d10 d6", "d4 d8 d1 d3 d7", "d3 d4 d8 d1 d2",
        "d8 d10 d6 d4 d1", "d5 d3 d4 d1 d2");
    return new SnapshotDiff("before", "now", 5, List.of(
        list("BM25", bm25, bm25After, qrels, 5), list("mono-XM auto", rerankBefore, rerankAfter, qrels, 5)));
  }

  private static Qrels qrels() {
    Qrels.Builder b = Qrels.builder("fixture");
    String[] rows = {"q1 d1 3", "q1 d2 2", "q1 d9 3", "q1 d10 1", "q1 d6 2", "q2 d4 3", "q2 d8 1", "q2 d1 0",
        "q3 d3 3", "q3 d4 0", "q4 d8 3", "q4 d10 1", "q4 d6 2", "q5 d5 3"};
    for (String r : rows) {
      String[] p = r.split(" ");
      b.add(p[0], p[1], Integer.parseInt(p[2]), 0);
    }
    return b.build();
  }

  private static Map<String, List<String>> rankings(String... perTopic) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    int i = 0;
    for (String topic : TOPICS.keySet()) {
      out.put(topic, List.of(perTopic[i++].split(" ")));
    }
    return out;
  }

  private static SnapshotDiff.ListDiff list(String name, Map<String, List<String>> a, Map<String, List<String>> b,
      Qrels qrels, int k) {
    Run runA = run("before:" + name, a);
    Run runB = run("now:" + name, b);
    EvalSettings settings = EvalSettings.defaults();
    RunResult ra = Evaluator.evaluate(qrels, runA, settings);
    RunResult rb = Evaluator.evaluate(qrels, runB, settings);
    Comparison cmp = Comparison.of(qrels, runA, runB, ra, rb, settings, 10);
    EvalReport report = new EvalReport(settings, List.of(ra, rb), cmp, List.of());
    List<SnapshotDiff.QueryDiff> queries = new ArrayList<>();
    a.forEach((topic, ranked) -> queries.add(moves(topic, ranked, b.get(topic), k)));
    return new SnapshotDiff.ListDiff(name, queries, report);
  }

  private static Run run(String name, Map<String, List<String>> rankings) {
    Run.Builder b = Run.builder(name);
    rankings.forEach((topic, docs) -> {
      for (int i = 0; i < docs.size(); i++) {
        b.add(topic, docs.get(i), docs.size() - i, i + 1, 0);
      }
    });
    return b.build();
  }

  /// The documents of either top k, B's first in B's order, then those that left in A's order.
  static SnapshotDiff.QueryDiff moves(String topic, List<String> a, List<String> b, int k) {
    List<String> topA = a.subList(0, Math.min(k, a.size()));
    List<String> topB = b.subList(0, Math.min(k, b.size()));
    List<SnapshotDiff.DocMove> docs = new ArrayList<>();
    topB.forEach(d -> docs.add(new SnapshotDiff.DocMove(d, topA.indexOf(d) + 1, topB.indexOf(d) + 1)));
    topA.stream().filter(d -> !topB.contains(d)).forEach(d -> docs.add(new SnapshotDiff.DocMove(d,
        topA.indexOf(d) + 1, 0)));
    int entered = (int) topB.stream().filter(d -> !topA.contains(d)).count();
    int left = (int) topA.stream().filter(d -> !topB.contains(d)).count();
    return new SnapshotDiff.QueryDiff(topic, TOPICS.get(topic), docs, entered, left);
  }
}
