package dev.relwb.rerank;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.model.XmodConfig;
import dev.relwb.rerank.model.XmodCrossEncoder;
import dev.relwb.rerank.model.XmodWeights;
import dev.relwb.rerank.runtime.Checkpoint;
import dev.relwb.rerank.runtime.DeviceSelector;
import dev.relwb.rerank.runtime.WeightStore;
import dev.relwb.rerank.runtime.WeightsFingerprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/// The one factory for a cross-encoder model folder of any supported family — X-MOD (mono-XM),
/// XLM-R, RoBERTa, BERT, as `config.json` says (Hugging Face layout: `config.json`,
/// `model.safetensors` or a sharded index, `tokenizer.json`, `tokenizer_config.json`).
///
/// Loading validates the config, every weight key and shape (metadata only), maps the
/// checkpoint, and materializes only the shared weights; with X-MOD each language's adapters load
/// on first use (an LRU keeps `ADAPTER_CACHE` of them). Families without adapters take no language:
/// whatever the user asks for resolves to the model's one default.
public final class ModelLoader {
  /// How many languages' adapters stay loaded beyond the ones a batch uses.
  public static final int ADAPTER_CACHE = 4;

  private ModelLoader() { }

  /// Loads model and tokenizer from `dir` on `device` (`auto`, `cpu`, `gpu`, `gpu:N`); the identity is
  /// the weights' fingerprint.
  public static LoadedModel load(Path dir, String device) {
    return load(dir, device, null);
  }

  /// Loads model and tokenizer from `dir` on `device`; `id` is the model identity for caches
  /// (`repo@commit` for a hub snapshot), or null for the weights' fingerprint (`sha256:…`).
  public static LoadedModel load(Path dir, String device, String id) {
    XmodCrossEncoder model = loadModel(dir, device, id);
    try {
      HfPairTokenizer tok = HfPairTokenizer.open(dir, model.config().maxTokens());
      UnaryOperator<String> resolver = model.config().family().hasAdapters() ? model.languages()::resolve
          : input -> model.languages().defaultCode();
      return new LoadedModel(model, tok, resolver, model.languages().displayNames());
    } catch (WorkbenchException e) {
      model.close();
      throw e;
    }
  }

  /// Loads only the network (no tokenizer needed), e.g. for benchmarks on token ids.
  public static XmodCrossEncoder loadModel(Path dir, String device) {
    return loadModel(dir, device, null);
  }

  /// Loads only the network; `id` as for [#load(Path, String, String)].
  public static XmodCrossEncoder loadModel(Path dir, String device, String id) {
    if (!Files.isDirectory(dir)) {
      throw new WorkbenchException("Model folder " + dir + " does not exist");
    }
    XmodConfig config = XmodConfig.load(dir);
    Device dev = DeviceSelector.select(device);
    Checkpoint ckpt = Checkpoint.open(dir);
    NDManager manager = NDManager.newBaseManager(dev, "PyTorch");
    WeightStore store;
    try {
      store = new WeightStore(ckpt, XmodWeights.expected(config), manager, ADAPTER_CACHE);
    } catch (WorkbenchException e) {
      manager.close();
      ckpt.close();
      throw e;
    }
    try {
      return new XmodCrossEncoder(config, store, manager, id != null ? id : WeightsFingerprint.of(ckpt.files()));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
