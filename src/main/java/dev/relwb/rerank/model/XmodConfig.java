package dev.relwb.rerank.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/// The encoder settings read from a model's `config.json`: X-MOD (`XmodForSequenceClassification`),
/// XLM-R, RoBERTa or BERT (see [Family]). Field names follow the JSON keys; see the reference notes
/// for their meaning. The adapter fields and `languages` belong to X-MOD; in the other families they
/// are neutral (no languages, reduction factor 1) and never read. Values the implementation does not
/// support are rejected by `validate` with a message naming the field.
///
/// @param architectures   `architectures` (empty when absent); must name `XmodForSequenceClassification` if given
/// @param classifierDropout `classifier_dropout`, or null (inactive at inference either way)
/// @param defaultLanguage `default_language`, or null when absent (callers then use `en_XX`)
/// @param family          the family `model_type` names
/// @param activation      how a logit becomes a score (`sentence_transformers.activation_fn`, default sigmoid)
public record XmodConfig(String modelType, List<String> architectures, int vocabSize, int hiddenSize, int numHiddenLayers,
                         int numAttentionHeads, int intermediateSize, String hiddenAct,
                         double hiddenDropoutProb, double attentionProbsDropoutProb, Double classifierDropout,
                         double initializerRange, int maxPositionEmbeddings, int typeVocabSize, double layerNormEps,
                         int padTokenId, int bosTokenId, int eosTokenId, String positionEmbeddingType,
                         boolean preNorm, int adapterReductionFactor, boolean adapterLayerNorm,
                         boolean adapterReuseLayerNorm, boolean lnBeforeAdapter, List<String> languages,
                         String defaultLanguage, int numLabels, boolean useCache, String torchDtype,
                         Family family, ScoreActivation activation) {
  /// The file name inside a model folder.
  public static final String FILE = "config.json";
  /// The architecture this implementation provides.
  public static final String SEQ_CLS = "XmodForSequenceClassification";

  /// Copies the lists.
  public XmodConfig {
    architectures = List.copyOf(architectures);
    languages = List.copyOf(languages);
  }

  /// An X-MOD config (or the family `model_type` names) scored with the sigmoid.
  public XmodConfig(String modelType, List<String> architectures, int vocabSize, int hiddenSize, int numHiddenLayers,
                    int numAttentionHeads, int intermediateSize, String hiddenAct,
                    double hiddenDropoutProb, double attentionProbsDropoutProb, Double classifierDropout,
                    double initializerRange, int maxPositionEmbeddings, int typeVocabSize, double layerNormEps,
                    int padTokenId, int bosTokenId, int eosTokenId, String positionEmbeddingType,
                    boolean preNorm, int adapterReductionFactor, boolean adapterLayerNorm,
                    boolean adapterReuseLayerNorm, boolean lnBeforeAdapter, List<String> languages,
                    String defaultLanguage, int numLabels, boolean useCache, String torchDtype) {
    this(modelType, architectures, vocabSize, hiddenSize, numHiddenLayers, numAttentionHeads, intermediateSize,
        hiddenAct, hiddenDropoutProb, attentionProbsDropoutProb, classifierDropout, initializerRange,
        maxPositionEmbeddings, typeVocabSize, layerNormEps, padTokenId, bosTokenId, eosTokenId,
        positionEmbeddingType, preNorm, adapterReductionFactor, adapterLayerNorm, adapterReuseLayerNorm,
        lnBeforeAdapter, languages, defaultLanguage, numLabels, useCache, torchDtype,
        Family.ofModelType(modelType).orElse(Family.XMOD), ScoreActivation.SIGMOID);
  }

  /// A plain (adapter-free) encoder of `family` (XLM-R, RoBERTa or BERT) with the usual defaults of
  /// that family (RoBERTa: pad 1, 2 position offsets; BERT: pad 0, 2 token types), for tests.
  public static XmodConfig plain(Family family, int vocabSize, int hidden, int layers, int heads, int intermediate,
                                 int maxPositions, int numLabels) {
    boolean bert = family == Family.BERT;
    return new XmodConfig(family.modelType(), List.of(family.architecture()), vocabSize, hidden, layers, heads,
        intermediate, "gelu", 0.1, 0.1, null, 0.02, maxPositions, bert ? 2 : 1, bert ? 1e-12 : 1e-5,
        bert ? 0 : 1, 0, 2, "absolute", false, 1, false, false, false, List.of(), null, numLabels, true,
        "float32", family, ScoreActivation.SIGMOID);
  }

  /// The facebook/xmod-base architecture (768 hidden, 12 layers, vocab 250002, post-norm,
  /// reused adapter LayerNorm) as a cross-encoder over the given languages.
  public static XmodConfig xmodBase(List<String> languages) {
    return new XmodConfig("xmod", List.of(SEQ_CLS), 250002, 768, 12, 12, 3072, "gelu", 0.1, 0.1, null, 0.02, 514,
        1, 1e-5, 1, 0, 2, "absolute", false, 2, false, true, true, languages,
        languages.contains("en_XX") ? "en_XX" : null, 1, true, "float32");
  }

  /// Width of each attention head.
  public int headSize() {
    return hiddenSize / numAttentionHeads;
  }

  /// Width of each adapter's bottleneck (`hidden_size / adapter_reduction_factor`).
  public int adapterSize() {
    return hiddenSize / adapterReductionFactor;
  }

  /// Longest input in tokens: `max_position_embeddings - pad_token_id - 1` with RoBERTa positions
  /// (512 for xmod-base), `max_position_embeddings` for BERT.
  public int maxTokens() {
    return family.maxTokens(maxPositionEmbeddings, padTokenId);
  }

  /// The backbone's checkpoint prefix (`roberta.` or `bert.`).
  public String prefix() {
    return family.prefix();
  }

  /// Reads and validates `dir/config.json`.
  public static XmodConfig load(Path dir) {
    Path file = dir.resolve(FILE);
    JsonNode root;
    try {
      root = Json.mapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new WorkbenchException("Model folder " + dir + " has no " + FILE + "; point --model at a Hugging Face"
          + " model folder", e);
    } catch (JacksonException e) {
      throw new WorkbenchException("Config " + file + " is not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read config " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new WorkbenchException("Config " + file + " is not a JSON object");
    }
    return XmodConfigJson.fromJson(file.toString(), root).validate(file.toString());
  }

  /// Checks every value this implementation supports; the message names the field at fault.
  public XmodConfig validate(String file) {
    List<String> p = new ArrayList<>();
    expect(p, Family.ofModelType(modelType).orElse(null) == family, "model_type",
        "\"" + modelType + "\" (supported: " + Family.supported() + ")");
    expect(p, architectures.isEmpty() || architectures.contains(family.architecture()), "architectures",
        architectures + " (a " + family.label() + " cross-encoder needs " + family.architecture() + ")");
    expect(p, "gelu".equals(hiddenAct), "hidden_act", "\"" + hiddenAct + "\" (only exact \"gelu\" is supported)");
    expect(p, "absolute".equals(positionEmbeddingType), "position_embedding_type",
        "\"" + positionEmbeddingType + "\" (only \"absolute\" is supported)");
    expect(p, numLabels == 1 || numLabels == 2, "num_labels", numLabels
        + " (a cross-encoder needs 1 label, or 2 scored by class 1)");
    expect(p, vocabSize > 0, "vocab_size", String.valueOf(vocabSize));
    expect(p, hiddenSize > 0, "hidden_size", String.valueOf(hiddenSize));
    expect(p, numHiddenLayers > 0, "num_hidden_layers", String.valueOf(numHiddenLayers));
    expect(p, numAttentionHeads > 0 && hiddenSize % numAttentionHeads == 0, "num_attention_heads",
        numAttentionHeads + " (must divide hidden_size " + hiddenSize + ")");
    expect(p, intermediateSize > 0, "intermediate_size", String.valueOf(intermediateSize));
    expect(p, adapterReductionFactor > 0 && hiddenSize % adapterReductionFactor == 0, "adapter_reduction_factor",
        adapterReductionFactor + " (must divide hidden_size " + hiddenSize + ")");
    expect(p, typeVocabSize > 0, "type_vocab_size", String.valueOf(typeVocabSize));
    expect(p, layerNormEps > 0, "layer_norm_eps", String.valueOf(layerNormEps));
    expect(p, padTokenId >= 0 && padTokenId < vocabSize, "pad_token_id", String.valueOf(padTokenId));
    expect(p, maxTokens() >= 5, "max_position_embeddings",
        maxPositionEmbeddings + " (too small for pad_token_id " + padTokenId + ")");
    if (!family.hasAdapters()) {
      expect(p, languages.isEmpty(), "languages", "(only X-MOD has adapter languages)");
      return finish(p, file);
    }
    expect(p, !languages.isEmpty() && new HashSet<>(languages).size() == languages.size(), "languages",
        "(must be a non-empty list of distinct codes)");
    expect(p, defaultLanguage == null || languages.contains(defaultLanguage), "default_language",
        "\"" + defaultLanguage + "\" (not one of the languages)");
    return finish(p, file);
  }

  private XmodConfig finish(List<String> p, String file) {
    if (!p.isEmpty()) {
      throw new WorkbenchException("Config " + file + " has unsupported values: " + String.join("; ", p));
    }
    return this;
  }

  private static void expect(List<String> problems, boolean ok, String field, String what) {
    if (!ok) {
      problems.add(field + " = " + what);
    }
  }

  /// The config as `config.json` content (what `save_pretrained` would write for these values).
  public ObjectNode toJson() {
    return XmodConfigJson.toJson(this);
  }
}
