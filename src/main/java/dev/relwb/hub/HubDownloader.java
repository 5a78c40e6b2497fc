package dev.relwb.hub;

import dev.relwb.core.CancelToken;
import dev.relwb.core.ProgressListener;
import dev.relwb.hub.HubException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Downloads a model repo's files (see `ModelFiles`) from the hub into the standard cache and
/// resolves models from that cache without the network.
///
/// A download first asks the hub for every file's metadata (one `HEAD` each, the revision pinned
/// to the commit of the first answer so all files come from one commit), checks the free disk
/// space, then fetches only the blobs not already cached, links them into `snapshots/<commit>/`
/// and writes `refs/<revision>`. With `HF_HUB_OFFLINE` set it makes no request at all.
public final class HubDownloader {
  private static final Logger LOG = LoggerFactory.getLogger(HubDownloader.class);

  private final HubSettings settings;
  private final HubCache cache;
  private final HubHttp http;
  private final BlobFetcher fetcher;
  private final ToLongFunction<Path> usableSpace;

  /// A downloader with the default tuning (`DownloadTuning.DEFAULT`).
  public HubDownloader(HubSettings settings, String userAgent) {
    this(settings, userAgent, DownloadTuning.DEFAULT);
  }

  /// A downloader with explicit retries, stall timeout and free-space probe.
  public HubDownloader(HubSettings settings, String userAgent, DownloadTuning tuning) {
    this.settings = settings;
    this.cache = new HubCache(settings.cacheDir());
    Duration headers = Duration.ofSeconds(30);
    Duration headerTimeout = tuning.stallTimeout().compareTo(headers) > 0 ? tuning.stallTimeout() : headers;
    this.http = new HubHttp(settings, userAgent, headerTimeout);
    this.fetcher = new BlobFetcher(http, cache, tuning);
    this.usableSpace = tuning.usableSpace();
  }

  /// The cache this downloader fills.
  public HubCache cache() {
    return cache;
  }

  /// The settings in use.
  public HubSettings settings() {
    return settings;
  }

  /// The model as a complete snapshot in the cache, with no network access; empty when the revision
  /// is unknown to the cache or a required file is missing.
  public Optional<Snapshot> cached(ModelRef.Hub repo) {
    Optional<String> commit = cache.commitFor(repo);
    if (commit.isEmpty()) {
      return Optional.empty();
    }
    List<String> files = new ArrayList<>();
    for (String f : ModelFiles.REQUIRED) {
      if (cache.snapshotFile(repo, commit.get(), f).isEmpty()) {
        return Optional.empty();
      }
      files.add(f);
    }
    Optional<List<String>> weights = cachedWeights(repo, commit.get());
    if (weights.isEmpty()) {
      return Optional.empty();
    }
    files.addAll(weights.get());
    ModelFiles.OPTIONAL.stream().filter(f -> cache.snapshotFile(repo, commit.get(), f).isPresent()).forEach(files::add);
    return Optional.of(new Snapshot(repo, commit.get(), cache.snapshotDir(repo, commit.get()), sorted(files), 0));
  }

  /// Downloads what is missing of the model and returns its snapshot. Offline: the cached snapshot or
  /// a `NOT_CACHED` failure. Cancelling keeps partial files for the next run.
  public Snapshot download(ModelRef.Hub repo, ProgressListener listener, CancelToken cancel) {
    if (settings.offline()) {
      return cached(repo).orElseThrow(() -> new HubException(Reason.NOT_CACHED, "HF_HUB_OFFLINE is set and "
          + repo + " is not complete in the cache " + cache.root() + ": unset HF_HUB_OFFLINE and run"
          + " `relwb model download " + repo + "`, or point HF_HUB_CACHE at a cache that has it"));
    }
    if (repo.revisionIsCommit()) {
      Optional<Snapshot> pinned = cached(repo);
      if (pinned.isPresent()) {
        return pinned.get(); // a commit never changes: nothing to ask the hub
      }
    }
    FileMetadata config;
    try {
      config = http.metadata(repo, ModelFiles.CONFIG).orElseThrow(() -> missing(repo, ModelFiles.CONFIG));
    } catch (HubException e) {
      Optional<Snapshot> fallback = e.reason() == Reason.NETWORK ? cached(repo) : Optional.empty();
      if (fallback.isPresent()) {
        LOG.warn("{}; using the cached snapshot {}", e.getMessage(), fallback.get().commit());
        return fallback.get();
      }
      throw e;
    }
    return fetchAll(repo, config, listener, cancel);
  }

  private Snapshot fetchAll(ModelRef.Hub repo, FileMetadata config, ProgressListener listener, CancelToken cancel) {
    String commit = config.commit();
    ModelRef.Hub pinned = new ModelRef.Hub(repo.repoId(), commit);
    List<FileMetadata> plan = new ArrayList<>(List.of(config));
    plan.add(http.metadata(pinned, ModelFiles.TOKENIZER).orElseThrow(() -> missing(repo, ModelFiles.TOKENIZER)));
    for (String f : ModelFiles.OPTIONAL) {
      cancel.throwIfCancelled("Download of " + repo);
      http.metadata(pinned, f).ifPresentOrElse(plan::add, () -> cache.markMissing(repo, commit, f));
    }
    plan.addAll(weightsPlan(repo, pinned, listener, cancel));
    checkDiskSpace(repo, plan);
    long toFetch = plan.stream().filter(m -> !Files.isRegularFile(cache.blob(repo, m.etag())))
        .mapToLong(m -> Math.max(0, m.size() - fetcher.partialBytes(repo, m))).sum();
    TransferMeter meter = new TransferMeter("Downloading " + repo, toFetch, listener);
    List<String> files = new ArrayList<>();
    for (FileMetadata m : plan) {
      cancel.throwIfCancelled("Download of " + repo);
      fetcher.fetch(repo, m, meter, cancel);
      cache.link(repo, commit, m.file(), m.etag());
      files.add(m.file());
    }
    meter.report("all files");
    cache.writeRef(repo, commit);
    LOG.info("{} at commit {}: {} files, {} bytes transferred", repo, commit, files.size(), meter.done());
    return new Snapshot(repo, commit, cache.snapshotDir(repo, commit), sorted(files), meter.done());
  }

  /// `model.safetensors`, or the index (fetched now, it is small) and every shard it lists.
  private List<FileMetadata> weightsPlan(ModelRef.Hub repo, ModelRef.Hub pinned, ProgressListener listener,
      CancelToken cancel) {
    Optional<FileMetadata> single = http.metadata(pinned, ModelFiles.WEIGHTS);
    if (single.isPresent()) {
      return List.of(single.get());
    }
    FileMetadata index = http.metadata(pinned, ModelFiles.WEIGHTS_INDEX).orElseThrow(() -> new HubException(
        Reason.NOT_FOUND, repo + " has neither " + ModelFiles.WEIGHTS + " nor " + ModelFiles.WEIGHTS_INDEX
            + ": relwb needs safetensors weights; check the repo name or pick a revision that has them"));
    fetcher.fetch(repo, index, new TransferMeter("Downloading " + repo, index.size(), listener), cancel);
    Path indexFile = cache.link(repo, pinned.revision(), index.file(), index.etag());
    List<FileMetadata> plan = new ArrayList<>(List.of(index));
    for (String shard : ModelFiles.shardsOf(indexFile)) {
      cancel.throwIfCancelled("Download of " + repo);
      plan.add(http.metadata(pinned, shard).orElseThrow(() -> missing(repo, shard)));
    }
    return plan;
  }

  private Optional<List<String>> cachedWeights(ModelRef.Hub repo, String commit) {
    if (cache.snapshotFile(repo, commit, ModelFiles.WEIGHTS).isPresent()) {
      return Optional.of(List.of(ModelFiles.WEIGHTS));
    }
    Optional<Path> index = cache.snapshotFile(repo, commit, ModelFiles.WEIGHTS_INDEX);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    List<String> files = new ArrayList<>(List.of(ModelFiles.WEIGHTS_INDEX));
    for (String shard : ModelFiles.shardsOf(index.get())) {
      if (cache.snapshotFile(repo, commit, shard).isEmpty()) {
        return Optional.empty();
      }
      files.add(shard);
    }
    return Optional.of(files);
  }

  private void checkDiskSpace(ModelRef.Hub repo, List<FileMetadata> plan) {
    long needed = plan.stream().filter(m -> m.size() > 0 && !Files.isRegularFile(cache.blob(repo, m.etag())))
        .mapToLong(m -> m.size() - fetcher.partialBytes(repo, m)).sum();
    Path dir = existingAncestor(cache.repoDir(repo));
    long free = usableSpace.applyAsLong(dir);
    if (needed > free) {
      throw new HubException(Reason.DISK_SPACE, "Downloading " + repo + " needs " + TransferMeter.bytes(needed)
          + " of free space in " + dir + " but only " + TransferMeter.bytes(free) + " is free: free some space,"
          + " or set HF_HUB_CACHE to a folder on a larger disk");
    }
  }

  private static Path existingAncestor(Path p) {
    Path d = p;
    while (d != null && !Files.exists(d)) {
      d = d.getParent();
    }
    return d == null ? p.getRoot() : d;
  }

  private static HubException missing(ModelRef.Hub repo, String file) {
    return new HubException(Reason.NOT_FOUND, repo + " has no " + file + ": relwb needs " + ModelFiles.CONFIG
        + ", " + ModelFiles.TOKENIZER + " and safetensors weights; check that this is a cross-encoder model repo");
  }

  private static List<String> sorted(List<String> files) {
    return List.copyOf(new TreeSet<>(files));
  }
}
