package dev.relwb.bench;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.TopicsReader;
import dev.relwb.service.JudgmentService;
import dev.relwb.service.SearchBenchReport;
import dev.relwb.service.SearchBenchRequest;
import dev.relwb.service.SearchQuery;
import dev.relwb.service.SearchService;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/// `relwb bench search`: the latency of one workspace's first stage, query after query, as the Search tab
/// asks it (bag of words, top k with snippets). The same code times a local index and a cluster, so the
/// two can be compared on the same topics.
final class SearchBenchmark {
  private SearchBenchmark() { }

  static SearchBenchReport run(SearchBenchRequest req, SearchService search, JudgmentService judgments,
      ProgressListener progress, CancelToken cancel) {
    List<Topic> topics = (req.topics() != null ? TopicsReader.read(req.topics()) : judgments.topics(req.workspace()))
        .stream().filter(t -> !t.text().isBlank()).toList();
    if (topics.isEmpty()) {
      throw new WorkbenchException("No topics to search in workspace '" + req.workspace() + "': give --topics FILE");
    }
    int repeat = Math.max(1, req.repeat());
    int total = req.warmup() + topics.size() * repeat;
    double[] lat = new double[topics.size() * repeat];
    long t0 = System.nanoTime();
    for (int i = 0; i < total; i++) {
      cancel.throwIfCancelled("The search benchmark");
      Topic t = topics.get(i % topics.size());
      SearchQuery q = new SearchQuery(t.text(), null, req.k(), false, false, false, null, null, req.template());
      long s = System.nanoTime();
      search.search(req.workspace(), q);
      if (i >= req.warmup()) {
        lat[i - req.warmup()] = (System.nanoTime() - s) / 1e6;
      }
      if ((i + 1) % 20 == 0 || i + 1 == total) {
        progress.onProgress(new Progress("Queries", i + 1, total, Duration.ofNanos(System.nanoTime() - t0), ""));
      }
    }
    double sum = Arrays.stream(lat).sum();
    return new SearchBenchReport(req.workspace(), search.describeFirstStage(req.workspace(), req.template()),
        lat.length, req.k(), IndexBenchmark.percentile(lat, 50), IndexBenchmark.percentile(lat, 99), sum / lat.length,
        Arrays.stream(lat).max().orElse(0), lat.length / Math.max(1e-9, sum / 1000),
        Runtime.getRuntime().availableProcessors());
  }
}
