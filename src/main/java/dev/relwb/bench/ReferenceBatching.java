package dev.relwb.bench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.model.CrossEncoderModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/// The yardstick of `relwb bench rerank --reference`: the workload scored the way sentence-transformers'
/// `CrossEncoder.predict` batches it (input order, batches of 32, each padded to its longest pair, one
/// batch at a time on the calling thread with all its PyTorch threads), by the same model in the same
/// process. Measured at the same moment as the app's own batching, the ratio of the two does not depend
/// on how fast the machine happens to be.
public final class ReferenceBatching {
  /// sentence-transformers' default batch size.
  public static final int BATCH_SIZE = 32;

  private ReferenceBatching() { }

  /// The figures of a reference run.
  ///
  /// @param pairsPerS    pairs per second
  /// @param paddedTokens tokens computed, padding included
  /// @param seconds      wall time
  public record Result(double pairsPerS, long paddedTokens, double seconds) { }

  /// Scores `workload` in input order, `BATCH_SIZE` rows at a time.
  public static Result run(CrossEncoderModel model, List<EncodedPair> workload, ProgressListener progress,
                           CancelToken cancel) {
    long start = System.nanoTime();
    long padded = 0;
    for (int from = 0; from < workload.size(); from += BATCH_SIZE) {
      cancel.throwIfCancelled("Reference run");
      List<EncodedPair> batch = workload.subList(from, Math.min(workload.size(), from + BATCH_SIZE));
      List<int[]> rows = new ArrayList<>(batch.size());
      int longest = 0;
      for (EncodedPair p : batch) {
        rows.add(p.ids());
        longest = Math.max(longest, p.length());
      }
      model.logits(rows, null);
      padded += (long) longest * batch.size();
      int done = from + batch.size();
      progress.onProgress(new Progress("Reference run", done, workload.size(),
          Duration.ofNanos(System.nanoTime() - start), "input order, batches of " + BATCH_SIZE));
    }
    double s = (System.nanoTime() - start) / 1e9;
    return new Result(workload.size() / s, padded, s);
  }
}
