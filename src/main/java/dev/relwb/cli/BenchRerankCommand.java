package dev.relwb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.PrecisionComparison;
import dev.relwb.service.RerankBenchReport;
import dev.relwb.service.RerankBenchRequest;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/// `relwb bench rerank`: times the production rerank path on a token-id workload.
@Command(name = "rerank", mixinStandardHelpOptions = true,
    description = {"Score a token-id workload with the cross-encoder and print throughput figures.",
        "Runs the app's rerank path (batching, lanes, truncation; score cache off) on its own inference",
        "thread: one untimed warm-up pass over the whole workload, then the timed pass."})
final class BenchRerankCommand implements Callable<Integer> {
  private final Services services;
  @Spec
  private CommandSpec spec;

  @Option(names = "--workload", paramLabel = "FILE",
      description = "Workload JSON ([{\"q\": [ids], \"p\": [ids]}, ...]); default: the bundled workload-100.json.")
  private Path workload;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  @Option(names = "--threads", paramLabel = "N", description = "PyTorch threads in all (default: all cores).")
  private int threads;

  @Option(names = "--lanes", paramLabel = "N",
      description = "Batches run at once, each with threads/N intra-op threads (default: 2 when there are 2+ threads).")
  private int lanes;

  @Option(names = "--batch-tokens", paramLabel = "N", description = "Token budget per batch (default: the app's).")
  private int batchTokens;

  @Option(names = "--reference", description = {"Then score the workload once more the way sentence-transformers'",
      "CrossEncoder.predict batches it (input order, batches of 32) and print the speed-up (about 2 more minutes)."})
  private boolean reference;

  @Mixin
  private PrecisionOption precision;

  @Option(names = "--compare-precision", description = {"Time fp32 and the reduced precision (--precision, or bf16",
      "when that is fp32) in alternating passes, and report how far the reduced logits and ranking are from fp32's."})
  private boolean comparePrecision;

  @Mixin
  private JsonFiguresOption json;

  /// Which model to time: random weights, or the shared `--model` ([ModelOption], inherited
  /// because picocli takes no `@Mixin` in an `@ArgGroup`).
  static final class Source extends ModelOption {
    @Option(names = "--random", paramLabel = "PRESET", description = {"Random weights of this shape: bert-base,",
        "minilm-l6, xlmr-base, xlmr-large (bge-reranker-v2-m3) or xmod-base (written once into the app cache)."})
    String random;
  }

  BenchRerankCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() {
    if (source.random != null && !RerankBenchRequest.RANDOM_SHAPES.contains(source.random)) {
      throw new WorkbenchException("Unknown --random preset '" + source.random + "': use one of "
          + String.join(", ", RerankBenchRequest.RANDOM_SHAPES));
    }
    PrintWriter out = spec.commandLine().getOut();
    RerankBenchReport r = services.benchmarks().rerank(new RerankBenchRequest(workload, source.ref(), threads, lanes,
        batchTokens, reference, precision.value(), comparePrecision, source.random),
        new ProgressPrinter(spec.commandLine().getErr()));
    print(out, r);
    if (json.enabled()) {
      out.println(json(r));
    }
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, RerankBenchReport r) {
    out.printf(Locale.ROOT, "model            %s on %s, %d threads in %d batch lane(s)%n", r.model(), r.device(),
        r.threads(), r.lanes());
    out.printf(Locale.ROOT, "cpu              %s%n", r.cpu());
    out.printf(Locale.ROOT, "precision        %s (%s)%n", r.precision(), r.precisionReason());
    out.printf(Locale.ROOT, "batching         length-sorted, %d tokens per batch, first batch %d tokens, %d batches%n",
        r.batchTokens(), r.firstBatchTokens(), r.batches());
    out.printf(Locale.ROOT, "pairs            %d in %.2f s: %.2f pairs/s%n", r.pairs(), r.seconds(), r.pairsPerS());
    if (r.lanes() > 1) {
      out.printf(Locale.ROOT, "lane idle        %.2f s of %.1f lane-seconds (%.1f%%; lanes waiting for the last batches)%n",
          r.laneIdleS(), r.lanes() * r.seconds(), 100.0 * r.laneIdleS() / Math.max(1e-9, r.lanes() * r.seconds()));
    }
    out.printf(Locale.ROOT, "real tokens      %d: %.0f tokens/s%n", r.realTokens(), r.realTokensPerS());
    out.printf(Locale.ROOT, "padded tokens    %d (%.1f%% padding)%n", r.paddedTokens(),
        100.0 * (r.paddedTokens() - r.realTokens()) / Math.max(1, r.realTokens()));
    out.printf(Locale.ROOT, "effective        %.1f GFLOP/s (matmul work of the real tokens)%n", r.effectiveGflopPerS());
    out.printf(Locale.ROOT, "first batch      %.2f s (load %.2f s)%n", r.firstBatchS(), r.loadS());
    out.printf(Locale.ROOT, "warm-up pass     %.2f pairs/s in %.1f s (untimed first pass: first forwards, heap growth)%n",
        warmupPairsPerS(r), r.warmupS());
    out.printf(Locale.ROOT, "cpu kernels      %s%n", r.cpuKernels());
    out.printf(Locale.ROOT, "peak RSS         %.0f MiB%n", r.rssMb());
    if (r.referencePairsPerS() > 0) {
      out.printf(Locale.ROOT, "st batching      %.2f pairs/s with sentence-transformers' batching on the same engine"
          + " (input order, batches of 32, %d padded tokens); the app's batching is %.1fx faster%n",
          r.referencePairsPerS(), r.referencePadded(), r.pairsPerS() / r.referencePairsPerS());
    }
    out.printf(Locale.ROOT, "CPU time         %.1f s (%.1f useful GFLOP per CPU-second; wall figures suffer on a busy machine)%n",
        r.cpuS(), r.effectiveGflopPerS() * r.seconds() / Math.max(1e-9, r.cpuS()));
    PrecisionComparison c = r.comparison();
    if (c != null) {
      out.printf(Locale.ROOT, "fp32 vs %-8s %.2f against %.2f pairs/s (%.2fx; mean of %d alternating passes each; CPU %.1f"
          + " against %.1f s)%n", c.reduced(), c.fp32PairsPerS(), c.reducedPairsPerS(), c.speedup(), c.rounds(),
          c.fp32CpuS(), c.reducedCpuS());
      out.printf(Locale.ROOT, "accuracy         |dlogit| max %.4f, mean %.4f; top-10 overlap %.2f; Kendall tau %.4f"
          + " (all pairs ranked by logit, against fp32)%n", c.maxAbsDeltaLogit(), c.meanAbsDeltaLogit(),
          c.top10Overlap(), c.kendallTau());
    }
  }

  private static double warmupPairsPerS(RerankBenchReport r) {
    return r.pairs() / Math.max(1e-9, r.warmupS());
  }

  private static String json(RerankBenchReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pairs", r.pairs());
    m.put("pairs_per_s", r.pairsPerS());
    m.put("real_tokens", r.realTokens());
    m.put("real_tokens_per_s", r.realTokensPerS());
    m.put("padded_tokens", r.paddedTokens());
    m.put("effective_gflop_per_s", r.effectiveGflopPerS());
    m.put("first_batch_s", r.firstBatchS());
    m.put("warmup_s", r.warmupS());
    m.put("warmup_pairs_per_s", warmupPairsPerS(r));
    m.put("load_s", r.loadS());
    m.put("seconds", r.seconds());
    m.put("batches", r.batches());
    m.put("batch_tokens", r.batchTokens());
    m.put("first_batch_tokens", r.firstBatchTokens());
    m.put("rss_mb", r.rssMb());
    m.put("cpu_s", r.cpuS());
    m.put("lane_idle_s", r.laneIdleS());
    m.put("threads", r.threads());
    m.put("lanes", r.lanes());
    m.put("device", r.device());
    m.put("cpu_kernels", r.cpuKernels());
    m.put("mkl_dispatch", r.mklDispatch());
    if (r.referencePairsPerS() > 0) {
      m.put("reference_pairs_per_s", r.referencePairsPerS());
      m.put("reference_padded_tokens", r.referencePadded());
      m.put("speedup", r.pairsPerS() / r.referencePairsPerS());
    }
    m.put("model", r.model());
    m.put("cpu", r.cpu());
    m.put("precision", r.precision());
    m.put("precision_reason", r.precisionReason());
    if (r.comparison() != null) {
      PrecisionComparison c = r.comparison();
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("reduced", c.reduced());
      cm.put("rounds", c.rounds());
      cm.put("fp32_pairs_per_s", c.fp32PairsPerS());
      cm.put("reduced_pairs_per_s", c.reducedPairsPerS());
      cm.put("speedup", c.speedup());
      cm.put("fp32_cpu_s", c.fp32CpuS());
      cm.put("reduced_cpu_s", c.reducedCpuS());
      cm.put("max_abs_delta_logit", c.maxAbsDeltaLogit());
      cm.put("mean_abs_delta_logit", c.meanAbsDeltaLogit());
      cm.put("top10_overlap", c.top10Overlap());
      cm.put("kendall_tau", c.kendallTau());
      m.put("compare_precision", cm);
    }
    try {
      return Json.mapper().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new WorkbenchException("Cannot write the benchmark JSON: " + e.getMessage(), e);
    }
  }
}
