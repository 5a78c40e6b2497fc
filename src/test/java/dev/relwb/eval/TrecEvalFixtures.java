package dev.relwb.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// The copied trec_eval 9.0.8 fixtures (`src/test/resources/trec_eval`) and the mapping from
/// their trec_eval measure names to our metric names and thresholds.
public final class TrecEvalFixtures {
  public static final List<String> RUNS = List.of("run_a_baseline", "run_b_ties", "run_c_rankmismatch",
      "run_d_deep_shallow", "run_e_edge");

  /// trec_eval measure key in expected/*.json → our metric name.
  public static final Map<String, String> MEASURES = Map.ofEntries(
      Map.entry("ndcg_cut_5", "nDCG@5"), Map.entry("ndcg_cut_10", "nDCG@10"),
      Map.entry("ndcg_cut_100", "nDCG@100"), Map.entry("recip_rank", "RR"),
      Map.entry("recip_rank_cut_10", "RR@10"), Map.entry("recall_100", "R@100"),
      Map.entry("recall_1000", "R@1000"), Map.entry("map", "AP"), Map.entry("P_10", "P@10"),
      Map.entry("judged_10", "Judged@10"));

  /// All metrics of the answer key except `judged_10_P_l0`, which is `P@10` at threshold 0.
  static final String METRICS = "nDCG@5,nDCG@10,nDCG@100,RR,RR@10,R@100,R@1000,AP,P@10,Judged@10";

  private TrecEvalFixtures() { }

  static Path root() {
    try {
      return Path.of(TrecEvalFixtures.class.getResource("/trec_eval/README.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path qrels() {
    return root().resolve("qrels.txt");
  }

  static Path run(String name) {
    return root().resolve("runs").resolve(name + ".txt");
  }

  static JsonNode expected(String run) {
    try {
      return Json.mapper().readTree(root().resolve("expected").resolve(run + ".json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
