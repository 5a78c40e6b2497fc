package dev.relwb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.ProgressListener;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.ModelLoader;
import dev.relwb.rerank.RerankParams;
import dev.relwb.rerank.model.Fixtures;
import dev.relwb.rerank.runtime.InferenceExecutor;
import dev.relwb.rerank.runtime.ModelShape;
import dev.relwb.service.PrecisionComparison;
import dev.relwb.service.RerankBenchReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/// `relwb bench rerank`'s timing harness on the tiny fixture model: the figures add up.
class RerankBenchmarkTest {
  private static List<EncodedPair> workload(int n) {
    SplittableRandom r = new SplittableRandom(7);
    List<EncodedPair> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int q = 3 + r.nextInt(8);
      int p = 10 + r.nextInt(90);
      int[] ids = new int[q + p + 4];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = 5 + r.nextInt(900);
      }
      ids[0] = 0;
      ids[q + 1] = 2;
      ids[q + 2] = 2;
      ids[ids.length - 1] = 2;
      pairs.add(new EncodedPair(ids, q, p, 0));
    }
    return pairs;
  }

  @Test
  void aRunOnTheTinyModelReportsConsistentFigures() {
    List<EncodedPair> w = workload(30);
    long real = w.stream().mapToLong(EncodedPair::length).sum();
    ModelShape shape = ModelShape.read(Fixtures.tiny("").resolve("config.json"));
    try (InferenceExecutor ex = new InferenceExecutor("bench-test")) {
      RerankBenchReport r = RerankBenchmark.run(ex, () -> ModelLoader.loadModel(Fixtures.tiny(""), "cpu"), w,
          shape, new RerankBenchmark.Setup(0, 0, RerankParams.defaults().withBatchTokens(512, 128), true, "fp32",
              false, "tiny"), ProgressListener.NONE);
      assertThat(r.pairs()).isEqualTo(30);
      assertThat(r.realTokens()).isEqualTo(real);
      assertThat(r.paddedTokens()).isGreaterThanOrEqualTo(real);
      assertThat(r.batches()).isGreaterThan(1);
      assertThat(r.pairsPerS()).isCloseTo(30 / r.seconds(), org.assertj.core.data.Percentage.withPercentage(1e-6));
      assertThat(r.firstBatchS()).isPositive().isLessThanOrEqualTo(r.seconds());
      assertThat(r.warmupS()).isPositive();
      assertThat(r.threads()).isPositive();
      assertThat(r.batchTokens()).isEqualTo(512);
      assertThat(r.firstBatchTokens()).isEqualTo(128);
      assertThat(r.rssMb()).isPositive();
      assertThat(r.laneIdleS()).isBetween(0.0, r.lanes() * r.seconds());
      if (r.lanes() == 1) {
        assertThat(r.laneIdleS()).isZero();
      }
      long reference = 0;                                  // input order, 32 at a time, each padded to its longest
      for (int i = 0; i < w.size(); i += ReferenceBatching.BATCH_SIZE) {
        List<EncodedPair> batch = w.subList(i, Math.min(w.size(), i + ReferenceBatching.BATCH_SIZE));
        reference += (long) batch.size() * batch.stream().mapToInt(EncodedPair::length).max().orElseThrow();
      }
      assertThat(r.referencePadded()).isEqualTo(reference).isGreaterThan(r.paddedTokens());
      assertThat(r.referencePairsPerS()).isPositive();
      assertThat(r.precision()).isEqualTo("fp32");
      assertThat(r.cpu()).isNotBlank();
      assertThat(r.comparison()).isNull();
    }
  }

  @Test
  void comparingPrecisionsTimesBothAndMeasuresTheCostInAccuracy() {
    List<EncodedPair> w = workload(40);
    ModelShape shape = ModelShape.read(Fixtures.tiny("").resolve("config.json"));
    try (InferenceExecutor ex = new InferenceExecutor("bench-test")) {
      RerankBenchReport r = RerankBenchmark.run(ex, () -> ModelLoader.loadModel(Fixtures.tiny(""), "cpu"), w,
          shape, new RerankBenchmark.Setup(1, 1, RerankParams.defaults().withBatchTokens(512, 128), false, "fp32",
              true, "tiny"), ProgressListener.NONE);
      PrecisionComparison c = r.comparison();
      assertThat(r.precision()).isEqualTo("bf16");
      assertThat(c.reduced()).isEqualTo("bf16");
      assertThat(c.rounds()).isEqualTo(2);
      assertThat(c.fp32PairsPerS()).isPositive();
      assertThat(c.reducedPairsPerS()).isPositive();
      assertThat(c.maxAbsDeltaLogit()).isPositive().isLessThanOrEqualTo(0.05);
      assertThat(c.meanAbsDeltaLogit()).isPositive().isLessThanOrEqualTo(c.maxAbsDeltaLogit());
      assertThat(c.top10Overlap()).isBetween(0.8, 1.0);
      assertThat(c.kendallTau()).isBetween(0.9, 1.0);
    }
  }
}
