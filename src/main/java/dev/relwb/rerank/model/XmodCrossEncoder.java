package dev.relwb.rerank.model;

import ai.djl.Device;
import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.runtime.MklGemm;
import dev.relwb.rerank.runtime.WeightStore;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A `…ForSequenceClassification` cross-encoder on DJL: embeddings → encoder → classification head,
/// fp32. The config's [Family] picks the family's blocks around the shared encoder core: X-MOD
/// (mono-XM; `XmodEmbeddings`, adapters in `XmodOutput`, `XmodClassificationHead`), XLM-R and
/// RoBERTa (the same without adapters), BERT (`BertEmbeddings` with token types, plain output,
/// `BertClassificationHead`). Rows arrive unpadded with specials; with X-MOD each row may use its
/// own adapter language (null = the default language); other families ignore the languages. Each
/// call runs in its own NDManager scope, closed at the end. Not thread-safe: use it from one
/// inference thread.
public final class XmodCrossEncoder implements CrossEncoderModel {
  private final XmodConfig config;
  private final Languages languages;
  private final WeightStore weights;
  private final NDManager manager;
  private final ModelIdentity identity;
  private final Embeddings embeddings;
  private final XmodEncoder encoder;
  private final ClassifierHead head;
  private volatile Precision precision = Precision.FP32;
  private volatile Matmul matmul = Matmul.FP32;
  private HalfMatmul half;

  /// Builds the network over `weights` (closed with this model); `manager` is the weights' manager,
  /// per-call scopes are made below it. Only shared weights are loaded here.
  public XmodCrossEncoder(XmodConfig config, WeightStore weights, NDManager manager, String id) {
    this.config = config;
    this.languages = config.family().hasAdapters() ? new Languages(config.languages(), config.defaultLanguage())
        : new Languages(List.of(), NO_LANGUAGE);
    this.weights = weights;
    this.manager = manager;
    boolean bert = config.family() == Family.BERT;
    this.embeddings = bert ? new BertEmbeddings(weights, config) : new XmodEmbeddings(weights, config);
    this.encoder = new XmodEncoder(weights, config);
    this.head = bert ? new BertClassificationHead(weights) : new XmodClassificationHead(weights);
    this.identity = new ModelIdentity(id, config.languages(), languages.defaultCode(), config.maxTokens(),
        config.padTokenId(), deviceName(manager.getDevice()));
  }

  /// The default "language" of a family without adapters (its rows ignore languages).
  public static final String NO_LANGUAGE = "none";

  /// `cpu` or `gpu:N`, as `--device` spells it (DJL's own form is `cpu()`, `gpu(0)`).
  private static String deviceName(Device d) {
    return d.isGpu() ? "gpu:" + d.getDeviceId() : d.getDeviceType();
  }

  @Override
  public ModelIdentity identity() {
    return identity;
  }

  /// The config this model was built from.
  public XmodConfig config() {
    return config;
  }

  /// The model's languages (codes, default, user-input mapping, display names).
  public Languages languages() {
    return languages;
  }

  /// The weight store (e.g. to read `bytesMaterialized()`).
  public WeightStore weights() {
    return weights;
  }

  /// Loads the adapters of `codes` now (they are otherwise loaded by the first call using them).
  public void preload(List<String> codes) {
    if (!config.family().hasAdapters()) {
      return;
    }
    weights.groups(codes.stream().map(c -> c == null ? languages.defaultCode() : c).distinct().toList());
  }

  @Override
  public float[] logits(List<int[]> rows, List<String> langs) {
    return scoreLogits(run(rows, null, langs, true, XmodTrace.NONE));
  }

  @Override
  public float[] logits(List<int[]> rows, List<int[]> typeIds, List<String> langs) {
    return scoreLogits(run(rows, typeIds, langs, true, XmodTrace.NONE));
  }

  /// Like `logits`, computing every token of the last layer and reporting intermediates to `trace`.
  public float[] logits(List<int[]> rows, List<String> langs, XmodTrace trace) {
    return scoreLogits(run(rows, null, langs, false, trace));
  }

  /// Every raw logit of every row, `[B][L]` (L = `num_labels`); `typeIds` may be null (see [XmodBatch]).
  public float[][] rawLogits(List<int[]> rows, List<int[]> typeIds, List<String> langs) {
    float[] flat = run(rows, typeIds, langs, true, XmodTrace.NONE);
    int l = config.numLabels();
    float[][] r = new float[rows.size()][l];
    for (int i = 0; i < r.length; i++) {
      System.arraycopy(flat, i * l, r[i], 0, l);
    }
    return r;
  }

  /// The one logit a row is scored by: the logit with one label, `l1 − l0` with two (its sigmoid is
  /// the softmax probability of class 1).
  private float[] scoreLogits(float[] flat) {
    if (config.numLabels() == 1) {
      return flat;
    }
    float[] r = new float[flat.length / 2];
    for (int i = 0; i < r.length; i++) {
      r[i] = flat[2 * i + 1] - flat[2 * i];
    }
    return r;
  }

  @Override
  public ScoreActivation activation() {
    return config.activation();
  }

  private float[] run(List<int[]> rows, List<int[]> typeIds, List<String> langs, boolean firstOnly, XmodTrace trace) {
    String[] codes = codes(rows.size(), langs);
    if (typeIds != null && typeIds.size() != rows.size()) {
      throw new WorkbenchException("Got " + rows.size() + " rows but " + typeIds.size() + " token type rows");
    }
    XmodBatch b = XmodBatch.of(rows, typeIds, codes, config);
    Set<String> names = config.family().hasAdapters() ? new LinkedHashSet<>(List.of(codes)) : Set.of();
    Map<String, Map<String, NDArray>> adapters = weights.acquire(names);
    try (NDManager scope = manager.newSubManager()) {
      return forward(scope, b, adapters, firstOnly, trace);
    } catch (EngineException e) {
      throw new WorkbenchException("The model failed on a batch of " + b.batch() + " x " + b.seqLen()
          + " tokens (" + e.getMessage() + "); try smaller batches or a shorter max length", e);
    } finally {
      weights.release(names);
    }
  }

  private float[] forward(NDManager scope, XmodBatch b, Map<String, Map<String, NDArray>> adapters, boolean firstOnly,
                          XmodTrace trace) {
    NDArray mask = scope.create(b.additiveMask(), new Shape(b.batch(), 1, 1, b.seqLen())); // [B, 1, 1, T]
    ForwardState s = ForwardState.of(mask, b.langs(), adapters, firstOnly, trace, matmul);
    NDArray x = embeddings.forward(scope, b);                                     // [B, T, H]
    s.trace().record("embedding_output", x);
    NDArray h = encoder.forward(scope, x, s);                                     // [B, T', H]
    NDArray logits = head.forward(h, s);                                          // [B, L]
    return logits.toFloatArray();
  }

  private String[] codes(int n, List<String> langs) {
    if (langs == null || !config.family().hasAdapters()) {
      if (langs != null && langs.size() != n) {
        throw new WorkbenchException("Got " + n + " rows but " + langs.size() + " languages; give one per row");
      }
      String[] all = new String[n];
      java.util.Arrays.fill(all, languages.defaultCode());
      return all;
    }
    if (langs.size() != n) {
      throw new WorkbenchException("Got " + n + " rows but " + langs.size() + " languages; give one per row");
    }
    String[] r = new String[n];
    for (int i = 0; i < n; i++) {
      String c = langs.get(i);
      r[i] = c == null ? languages.defaultCode() : c;
      if (!config.languages().contains(r[i])) {
        throw new WorkbenchException("The model has no adapter for language '" + r[i] + "'; closest codes: "
            + String.join(", ", languages.closest(r[i], 5)));
      }
    }
    return r;
  }

  @Override
  public Precision precision() {
    return precision;
  }

  /// fp16 and bf16 run the encoder's large products through MKL on the CPU ([HalfMatmul], kept when
  /// switching to fp32 and back); call it between batches (on the inference thread).
  @Override
  public void usePrecision(Precision p) {
    if (p == Precision.FP32) {
      matmul = Matmul.FP32;
    } else if (manager.getDevice().isGpu()) {
      throw new WorkbenchException("Reduced precision (" + p.label() + ") runs on the CPU; on the GPU the model"
          + " computes in fp32: use --precision fp32 or auto");
    } else {
      if (half == null || half.precision() != p) {
        MklGemm mkl = MklGemm.get().orElseThrow(() -> new WorkbenchException("This libtorch has no MKL 16-bit"
            + " matrix product (cblas_gemm_" + p.label() + "...): use --precision fp32 or auto"));
        // the shared weights (4 products a layer) and the adapters (2 a layer) of up to 8 languages
        half = new HalfMatmul(mkl, p, config.numHiddenLayers() * (4 + 2 * 8));
      }
      matmul = half;                      // back from fp32, the 16-bit weight copies are still there
    }
    precision = p;
  }

  /// On the CPU, batches may run on several lane threads at once: the weights are only read, each
  /// call has its own NDManager scope, and the adapters a batch uses stay loaded until it ends.
  @Override
  public boolean parallelBatches() {
    return !manager.getDevice().isGpu();
  }

  /// Frees the weights and unmaps the checkpoint.
  @Override
  public void close() {
    weights.close();
  }
}
