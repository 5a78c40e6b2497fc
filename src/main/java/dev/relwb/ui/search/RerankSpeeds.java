package dev.relwb.ui.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/// Each reranking model's measured speed, from its own rerank jobs: a moving estimate of pairs scored per
/// second of job time (cache hits left out), keyed by model, and the shape of the last job (passages per
/// document); from them the rerank depth that fits [#TARGET_SECONDS] per query.
final class RerankSpeeds {
  /// The time one query's rerank should take at the default depth.
  static final double TARGET_SECONDS = 3.0;
  static final int MIN_DEPTH = 10;
  static final int MAX_DEPTH = 100;
  /// Weight of a new measurement in the moving estimate.
  static final double ALPHA = 0.5;

  private final Map<String, Double> pairsPerSecond = new HashMap<>();
  private double passagesPerDocument = 1;

  /// Records a finished job of `model`: `passages` scored of which `cacheHits` came from the cache, over
  /// `documents` documents in `elapsedMillis`. Jobs without forward time or without scored pairs are
  /// ignored for the speed.
  void record(String model, int passages, int cacheHits, int documents, long elapsedMillis) {
    if (documents > 0 && passages > 0) {
      passagesPerDocument = (double) passages / documents;
    }
    int scored = passages - cacheHits;
    if (model == null || scored <= 0 || elapsedMillis <= 0) {
      return;
    }
    double rate = scored * 1000.0 / elapsedMillis;
    pairsPerSecond.merge(model, rate, (old, now) -> old + ALPHA * (now - old));
  }

  /// The measured pairs per second of `model`, or NaN before its first job.
  double pairsPerSecond(String model) {
    Double r = model == null ? null : pairsPerSecond.get(model);
    return r == null ? Double.NaN : r;
  }

  /// Passages per document of the last job.
  double passagesPerDocument() {
    return passagesPerDocument;
  }

  /// The depth that fits the target at `model`'s measured speed, or -1 before its first measurement.
  int fittingDepth(String model) {
    double rate = pairsPerSecond(model);
    return Double.isNaN(rate) ? -1 : depthFor(rate, passagesPerDocument);
  }

  /// clamp(floor(rate × target / passagesPerDocument), 10, 100), rounded down to a multiple of 10.
  static int depthFor(double pairsPerSecond, double passagesPerDocument) {
    double docs = Math.floor(pairsPerSecond * TARGET_SECONDS / Math.max(1e-9, passagesPerDocument));
    int clamped = (int) Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, docs));
    return clamped / 10 * 10;
  }

  /// "fits ~3 s at 40 pairs/s" when `depth` documents of `passagesPerDocument` passages fit the target at
  /// that speed, else "~9 s at 2.5 pairs/s".
  static String estimate(int depth, double pairsPerSecond, double passagesPerDocument) {
    double seconds = depth * passagesPerDocument / pairsPerSecond;
    String rate = pairsPerSecond >= 10 ? String.format(Locale.ROOT, "%.0f", pairsPerSecond)
        : String.format(Locale.ROOT, "%.1f", pairsPerSecond);
    return seconds <= TARGET_SECONDS + 0.05
        ? String.format(Locale.ROOT, "fits ~%.0f s at %s pairs/s", TARGET_SECONDS, rate)
        : String.format(Locale.ROOT, "~%.0f s at %s pairs/s", seconds, rate);
  }
}
