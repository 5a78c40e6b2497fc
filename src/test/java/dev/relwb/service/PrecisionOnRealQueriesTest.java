package dev.relwb.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.Ranking;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import dev.relwb.eval.RankAgreement;
import dev.relwb.rerank.ModelOpener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// What bf16 costs on a real query set: the sample corpus's 69 queries, their BM25 top 20 reranked by the
/// tiny X-MOD in fp32 and in bf16. For every topic with at least two hits, the reranked order is compared
/// with fp32's (top-10 overlap, Kendall's τ, |Δlogit|); the figures are appended to
/// `target/precision-accuracy.txt`.
class PrecisionOnRealQueriesTest {
  @TempDir Path home;

  @Test
  void bf16KeepsTheTopTenOfEveryTopicWithinTheTarget() throws Exception {
    AppDirs dirs = new AppDirs(home.resolve("data"), home.resolve("cache"), home.resolve("config")).ensureExist();
    JudgmentService judgments = new JudgmentService(dirs);
    try (IndexServices index = new IndexServices(dirs, judgments);
        RerankService rerank = new RerankService(dirs, ModelOpener.xmod())) {
      index.indexing().importSource("s", SourceKind.BEIR, Path.of("sample-corpora/sample"), ProgressListener.NONE,
          CancelToken.none());
      List<Topic> topics = judgments.topics("s");
      assertThat(topics).hasSize(69);
      Map<String, Ranking> fp32 = rank(index, rerank, topics, "fp32");
      Map<String, Ranking> bf16 = rank(index, rerank, topics, "bf16");
      double overlap = 0;
      double minOverlap = 1;
      double tau = 0;
      double maxDelta = 0;
      int n = 0;
      for (Map.Entry<String, Ranking> e : fp32.entrySet()) {
        if (e.getValue().hits().size() < 2) {
          continue;
        }
        RankAgreement a = agreement(e.getValue(), bf16.get(e.getKey()));
        overlap += a.topK();
        minOverlap = Math.min(minOverlap, a.topK());
        tau += a.tau();
        maxDelta = Math.max(maxDelta, a.maxAbs());
        n++;
      }
      String line = String.format(Locale.ROOT, "sample queries, tiny X-MOD, BM25 top 20 reranked, bf16 against fp32:"
          + " %d topics, top-10 overlap mean %.4f (min %.2f), Kendall tau mean %.4f, max |dlogit| %.4g%n", n,
          overlap / n, minOverlap, tau / n, maxDelta);
      Files.writeString(Path.of("target/precision-accuracy.txt"), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      assertThat(n).as(line).isGreaterThanOrEqualTo(50);
      assertThat(overlap / n).as(line).isGreaterThanOrEqualTo(0.95);
      assertThat(maxDelta).as(line).isLessThanOrEqualTo(0.05);
    }
  }

  private static Map<String, Ranking> rank(IndexServices index, RerankService rerank, List<Topic> topics,
      String precision) {
    rerank.load(Path.of("src/test/resources/models/xmod-tiny").toString(),
        RuntimeOptions.on("cpu", 0).withPrecision(precision), ProgressListener.NONE, CancelToken.none());
    Map<String, Ranking> out = new HashMap<>();
    index.runs(rerank).rank("s", topics, RunSpec.of(null, 20, null, null, 20, null), ProgressListener.NONE,
        CancelToken.none(), t -> out.put(t.topic().id().value(), t.reranked()));
    return out;
  }

  /// bf16's scores of fp32's head documents against fp32's own.
  private static RankAgreement agreement(Ranking reference, Ranking other) {
    Map<String, Double> score = new HashMap<>();
    other.hits().forEach(h -> score.put(h.doc().value(), h.score()));
    List<ScoredHit> head = new ArrayList<>(reference.hits());
    float[] a = new float[head.size()];
    float[] b = new float[head.size()];
    for (int i = 0; i < head.size(); i++) {
      a[i] = (float) head.get(i).score();
      b[i] = score.get(head.get(i).doc().value()).floatValue();
    }
    return RankAgreement.of(a, b, 10);
  }
}
