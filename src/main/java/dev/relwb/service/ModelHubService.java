package dev.relwb.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.CancelToken;
import dev.relwb.core.Json;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import dev.relwb.hub.HubDownloader;
import dev.relwb.hub.HubException;
import dev.relwb.hub.HubSettings;
import dev.relwb.hub.ModelFiles;
import dev.relwb.hub.ModelRef;
import dev.relwb.hub.Snapshot;
import dev.relwb.rerank.model.Family;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/// Turns a `--model` value (a folder, `org/name` or `org/name@revision`) into a local model folder,
/// downloads models from the Hugging Face hub into the standard cache, and describes models.
///
/// A repo id is looked up in the hub cache first (no network); only a model missing from the cache
/// is downloaded, unless `HF_HUB_OFFLINE` forbids it. `relwb model download` always asks the hub,
/// so it is the way to move a branch like `main` to its newest commit.
public final class ModelHubService {
  private final HubDownloader hub;

  /// A service over the given hub settings; `userAgent` names the app in hub requests.
  public ModelHubService(HubSettings settings, String userAgent) {
    this.hub = new HubDownloader(settings, userAgent);
  }

  /// A service over an existing downloader (tests use one with their own retry policy).
  public ModelHubService(HubDownloader hub) {
    this.hub = hub;
  }

  /// The local folder holding the model: the folder itself, or the cached (or freshly downloaded)
  /// hub snapshot.
  public Path resolve(String model, ProgressListener progress, CancelToken cancel) {
    return resolveModel(model, progress, cancel).folder();
  }

  /// Like [#resolve], and says which hub repo and commit the folder is (also for a folder given by
  /// path that lies in a hub cache, `…/models--org--name/snapshots/<commit>`). Downloads (with
  /// progress) only a hub model missing from the cache.
  public ResolvedModel resolveModel(String model, ProgressListener progress, CancelToken cancel) {
    return switch (ModelRef.parse(model)) {
      case ModelRef.Local local -> localFolder(checkedFolder(local.folder()));
      case ModelRef.Hub repo -> {
        Snapshot snap = hub.cached(repo).orElseGet(() -> hub.download(repo, progress, cancel));
        yield new ResolvedModel(snap.folder(), snap.repo().repoId(), snap.commit());
      }
    };
  }

  /// A model folder given by path (it must exist; the model loader checks its files), with its hub
  /// repo and commit when it is a hub-cache snapshot.
  public static ResolvedModel localFolder(Path folder) {
    Path f = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(f)) {
      throw new WorkbenchException("The model folder " + f + " does not exist: check the path, or give a"
          + " Hugging Face repo id like org/name");
    }
    Optional<String[]> origin = hubOrigin(f);
    return new ResolvedModel(f, origin.map(o -> o[0]).orElse(null), origin.map(o -> o[1]).orElse(null));
  }

  /// Downloads what is missing of a hub model (asking the hub for the revision's current commit)
  /// and describes the result.
  public Download download(String model, ProgressListener progress, CancelToken cancel) {
    if (!(ModelRef.parse(model) instanceof ModelRef.Hub repo)) {
      throw new WorkbenchException("'" + model + "' is a local folder; download takes a Hugging Face repo id"
          + " (org/name or org/name@revision)");
    }
    Snapshot snap = hub.download(repo, progress, cancel);
    return new Download(describe(snap), snap.bytesTransferred());
  }

  /// Describes a model without touching the network (a hub model must already be in the cache).
  public ModelInfo info(String model) {
    return switch (ModelRef.parse(model)) {
      case ModelRef.Local local -> describeFolder(checkedFolder(local.folder()));
      case ModelRef.Hub repo -> describe(hub.cached(repo).orElseThrow(() -> new HubException(
          HubException.Reason.NOT_CACHED, repo + " is not in the Hugging Face cache " + hub.cache().root()
              + ": run `relwb model download " + repo + "` first")));
    };
  }

  /// The result of a download: the model and how many bytes this run transferred.
  public record Download(ModelInfo model, long bytesTransferred) { }

  private ModelInfo describe(Snapshot snap) {
    List<ModelInfo.FileEntry> files = new ArrayList<>();
    for (String f : snap.files()) {
      files.add(new ModelInfo.FileEntry(f, size(snap.folder().resolve(f))));
    }
    JsonNode config = readConfig(snap.folder());
    return new ModelInfo(snap.repo().repoId(), snap.repo().revision(), snap.commit(), snap.folder(),
        hub.cache().root(), files, architecture(config), config.path("model_type").asText(""),
        config.path("num_hidden_layers").asInt(0), config.path("hidden_size").asInt(0), languages(config),
        Family.labelOf(config.path("model_type").asText(null)), maxLength(config));
  }

  private ModelInfo describeFolder(Path folder) {
    List<ModelInfo.FileEntry> files;
    try (Stream<Path> s = Files.walk(folder, 3)) {
      files = s.filter(Files::isRegularFile).sorted()
          .map(p -> new ModelInfo.FileEntry(folder.relativize(p).toString().replace('\\', '/'), size(p))).toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list the model folder " + folder + ": check its permissions", e);
    }
    JsonNode config = readConfig(folder);
    Optional<String[]> origin = hubOrigin(folder);
    return new ModelInfo(origin.map(o -> o[0]).orElse(null), null, origin.map(o -> o[1]).orElse(null), folder,
        origin.map(o -> folder.getParent().getParent().getParent()).orElse(null), files, architecture(config),
        config.path("model_type").asText(""), config.path("num_hidden_layers").asInt(0),
        config.path("hidden_size").asInt(0), languages(config),
        Family.labelOf(config.path("model_type").asText(null)), maxLength(config));
  }

  /// `{repo, commit}` when the folder is `…/models--{org}--{name}/snapshots/{commit}` of a hub cache
  /// (the commit being a 40-digit hash, as the hub names snapshots).
  private static Optional<String[]> hubOrigin(Path folder) {
    Path snapshots = folder.getParent();
    Path repoDir = snapshots == null ? null : snapshots.getParent();
    if (repoDir == null || !snapshots.getFileName().toString().equals("snapshots")
        || !repoDir.getFileName().toString().startsWith("models--")
        || !folder.getFileName().toString().matches("[0-9a-f]{40}")) {
      return Optional.empty();
    }
    String[] parts = repoDir.getFileName().toString().substring("models--".length()).split("--", 2);
    return parts.length == 2 ? Optional.of(new String[] {parts[0] + "/" + parts[1],
        folder.getFileName().toString()}) : Optional.empty();
  }

  private static Path checkedFolder(Path folder) {
    if (!Files.isRegularFile(folder.resolve(ModelFiles.CONFIG))) {
      throw new WorkbenchException("The folder " + folder + " is not a model folder: it has no "
          + ModelFiles.CONFIG + " (give the folder holding config.json, tokenizer.json and the weights)");
    }
    return folder;
  }

  private static JsonNode readConfig(Path folder) {
    Path file = folder.resolve(ModelFiles.CONFIG);
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + file + " (" + e.getMessage()
          + "): the model's config.json must be valid JSON; download the model again", e);
    }
  }

  private static String architecture(JsonNode config) {
    JsonNode a = config.path("architectures");
    return a.isArray() && !a.isEmpty() ? a.get(0).asText() : config.path("model_type").asText("unknown");
  }

  /// The longest input of the config's family in tokens, 0 when the family or the size is unknown.
  private static int maxLength(JsonNode config) {
    int positions = config.path("max_position_embeddings").asInt(0);
    return Family.ofModelType(config.path("model_type").asText(null))
        .map(f -> positions <= 0 ? 0 : f.maxTokens(positions, config.path("pad_token_id").asInt(f == Family.BERT ? 0 : 1)))
        .orElse(0);
  }

  private static List<String> languages(JsonNode config) {
    List<String> out = new ArrayList<>();
    config.path("languages").forEach(l -> out.add(l.asText()));
    return out;
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the size of " + p + ": the file or its cache blob is missing;"
          + " download the model again", e);
    }
  }
}
