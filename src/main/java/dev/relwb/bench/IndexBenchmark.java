package dev.relwb.bench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.IngestReport;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.index.AnalyzerFactory;
import dev.relwb.index.IndexHandle;
import dev.relwb.index.IndexOptions;
import dev.relwb.index.Indexer;
import dev.relwb.ingest.JsonlSource;
import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.search.Granularity;
import dev.relwb.search.Highlight;
import dev.relwb.search.LuceneBm25Searcher;
import dev.relwb.search.QueryMode;
import dev.relwb.search.SearchRequest;
import dev.relwb.service.IndexBenchReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/// `relwb bench index`: writes a generated corpus (one passage per document) as `corpus.jsonl`,
/// imports it into a temporary index (timed: JSON parsing, passages, analysis, commits), then times
/// document searches of 2–4 words (top 10 with snippets, as the UI asks) after a warm-up.
/// Reports indexing MB/s (bytes of the JSONL file per second) and query latency percentiles.
public final class IndexBenchmark {
  private final AnalyzerFactory analyzers = new AnalyzerFactory();
  private final LanguageDetector detector = new LanguageDetector();

  /// Runs the benchmark with `passages` documents and `queries` timed queries, in `dir` (a new
  /// temporary folder when null; deleted afterwards unless `dir` was given).
  public IndexBenchReport run(int passages, int queries, Path dir, ProgressListener progress, CancelToken cancel) {
    Path folder = dir;
    try {
      folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("relwb-bench");
      SyntheticCorpus corpus = new SyntheticCorpus(passages, 50_000, 42);
      Path jsonl = folder.resolve("corpus.jsonl");
      progress.onProgress(new Progress("Generating", 0, -1, Duration.ZERO, jsonl.toString()));
      corpus.writeJsonl(jsonl, cancel);
      IngestReport report;
      try (IndexHandle h = IndexHandle.openWritable(folder.resolve("index"), analyzers)) {
        IndexOptions opts = new IndexOptions(new PassageSplitter(200, 0.5), detector, "en", 50_000);
        JsonlSource source = new JsonlSource(jsonl, JsonlSource.JsonlFields.beir(), "en");
        long cpu0 = processCpuNanos();
        report = new Indexer(h, opts).index(source, Map.of(), progress, cancel);
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        double[][] lat = queries(h, corpus, queries, progress, cancel);
        double mb = Files.size(jsonl) / 1e6;
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return new IndexBenchReport((int) report.passages(), mb, report.seconds(), mb / report.seconds(), cpuSeconds, queries,
            percentile(lat[0], 50), percentile(lat[0], 99), Arrays.stream(lat[0]).average().orElse(0),
            percentile(lat[1], 50), percentile(lat[1], 99), os.getSystemLoadAverage(), os.getAvailableProcessors(),
            folder.toString());
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot create a folder for the benchmark: " + e.getMessage(), e);
    } finally {
      if (dir == null && folder != null) {
        deleteQuietly(folder);
      }
    }
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /// {wall ms, thread CPU ms} per timed query.
  private double[][] queries(IndexHandle h, SyntheticCorpus corpus, int n, ProgressListener progress,
      CancelToken cancel) {
    LuceneBm25Searcher s = new LuceneBm25Searcher(h, detector);
    SplittableRandom r = new SplittableRandom(7);
    int warmup = Math.max(100, n / 5);
    double[] lat = new double[n];
    double[] cpu = new double[n];
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    for (int i = 0; i < warmup + n; i++) {
      cancel.throwIfCancelled("The benchmark");
      StringBuilder q = new StringBuilder();
      int words = 2 + r.nextInt(3);
      for (int w = 0; w < words; w++) {
        q.append(w == 0 ? "" : " ").append(corpus.word(r, 50));
      }
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      s.search(new SearchRequest(q.toString(), "en", 10, Granularity.DOCUMENTS, QueryMode.SYNTAX,
          Highlight.SNIPPET, false, null, true));
      if (i >= warmup) {
        lat[i - warmup] = (System.nanoTime() - t) / 1e6;
        cpu[i - warmup] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
      }
      if (i % 100 == 0) {
        progress.onProgress(new Progress("Queries", i, warmup + n, Duration.ofNanos(System.nanoTime() - t0), ""));
      }
    }
    return new double[][] {lat, cpu};
  }

  static double percentile(double[] values, double p) {
    double[] v = values.clone();
    Arrays.sort(v);
    if (v.length == 0) {
      return 0;
    }
    int idx = (int) Math.ceil(p / 100.0 * v.length) - 1;
    return v[Math.max(0, Math.min(v.length - 1, idx))];
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless
    }
  }
}
