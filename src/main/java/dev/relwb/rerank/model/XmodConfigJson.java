package dev.relwb.rerank.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.List;

/// Reads and writes `XmodConfig` from and to `config.json` (Jackson tree; every required key named
/// in the error when missing or of the wrong type).
final class XmodConfigJson {
  private XmodConfigJson() { }

  /// The model types and architectures this build can run as a cross-encoder.
  static final String SUPPORTED = "model_type \"xmod\" with " + XmodConfig.SEQ_CLS + " (e.g. antoinelouis/mono-xm)";

  static XmodConfig fromJson(String file, JsonNode n) {
    refuseForeign(file, n);
    Reader r = new Reader(file, n);
    XmodConfig c = new XmodConfig(r.str("model_type", null), r.strings("architectures"), r.integer("vocab_size"),
        r.integer("hidden_size"),
        r.integer("num_hidden_layers"), r.integer("num_attention_heads"), r.integer("intermediate_size"),
        r.str("hidden_act", null), r.dbl("hidden_dropout_prob", 0.1), r.dbl("attention_probs_dropout_prob", 0.1),
        r.optionalDbl("classifier_dropout"), r.dbl("initializer_range", 0.02), r.integer("max_position_embeddings"), r.integer("type_vocab_size"), r.dbl("layer_norm_eps", null),
        r.integer("pad_token_id"), r.intOr("bos_token_id", 0), r.intOr("eos_token_id", 2),
        r.str("position_embedding_type", "absolute"), r.bool("pre_norm"), r.integer("adapter_reduction_factor"),
        r.bool("adapter_layer_norm"), r.bool("adapter_reuse_layer_norm"), r.bool("ln_before_adapter"),
        r.strings("languages"), r.optionalStr("default_language"), r.numLabels(), r.boolOr("use_cache", true),
        r.optionalStr("torch_dtype"));
    if (!r.missing.isEmpty()) {
      throw new WorkbenchException("Config " + file + " is missing or has invalid field(s): "
          + String.join(", ", r.missing) + "; is this an X-MOD model's config.json?");
    }
    return c;
  }

  /// Refuses, in one line, a model of another type (a causal LM, a bi-encoder, …) before its fields are read.
  private static void refuseForeign(String file, JsonNode n) {
    String type = n.path("model_type").asText("");
    List<String> arch = new ArrayList<>();
    n.path("architectures").forEach(a -> arch.add(a.asText()));
    boolean crossEncoder = arch.isEmpty() || arch.stream().anyMatch(a -> a.endsWith("ForSequenceClassification"));
    if (!type.isEmpty() && !type.equals("xmod") || !crossEncoder) {
      String what = (type.isEmpty() ? "a model" : "a \"" + type + "\" model") + (arch.isEmpty() ? ""
          : " (" + String.join(", ", arch) + ")");
      throw new WorkbenchException("Config " + file + " describes " + what + ", which relwb cannot run as a"
          + " cross-encoder" + (crossEncoder ? "" : " (no *ForSequenceClassification head: a bi-encoder or a"
          + " language model?)") + "; supported: " + SUPPORTED);
    }
  }

  static ObjectNode toJson(XmodConfig c) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("model_type", c.modelType());
    ArrayNode arch = o.putArray("architectures");
    (c.architectures().isEmpty() ? List.of(XmodConfig.SEQ_CLS) : c.architectures()).forEach(arch::add);
    o.put("vocab_size", c.vocabSize());
    o.put("hidden_size", c.hiddenSize());
    o.put("num_hidden_layers", c.numHiddenLayers());
    o.put("num_attention_heads", c.numAttentionHeads());
    o.put("intermediate_size", c.intermediateSize());
    o.put("hidden_act", c.hiddenAct());
    o.put("hidden_dropout_prob", c.hiddenDropoutProb());
    o.put("attention_probs_dropout_prob", c.attentionProbsDropoutProb());
    if (c.classifierDropout() == null) {
      o.putNull("classifier_dropout");
    } else {
      o.put("classifier_dropout", c.classifierDropout());
    }
    o.put("initializer_range", c.initializerRange());
    o.put("max_position_embeddings", c.maxPositionEmbeddings());
    o.put("type_vocab_size", c.typeVocabSize());
    o.put("layer_norm_eps", c.layerNormEps());
    o.put("pad_token_id", c.padTokenId());
    o.put("bos_token_id", c.bosTokenId());
    o.put("eos_token_id", c.eosTokenId());
    o.put("position_embedding_type", c.positionEmbeddingType());
    o.put("pre_norm", c.preNorm());
    o.put("adapter_reduction_factor", c.adapterReductionFactor());
    o.put("adapter_layer_norm", c.adapterLayerNorm());
    o.put("adapter_reuse_layer_norm", c.adapterReuseLayerNorm());
    o.put("ln_before_adapter", c.lnBeforeAdapter());
    ArrayNode langs = o.putArray("languages");
    c.languages().forEach(langs::add);
    if (c.defaultLanguage() != null) {
      o.put("default_language", c.defaultLanguage());
    }
    o.putObject("id2label").put("0", "LABEL_0");
    o.putObject("label2id").put("LABEL_0", 0);
    o.put("use_cache", c.useCache());
    o.put("torch_dtype", c.torchDtype() == null ? "float32" : c.torchDtype());
    return o;
  }

  /// Collects every missing or mistyped key instead of failing on the first.
  private static final class Reader {
    final String file;
    final JsonNode n;
    final List<String> missing = new ArrayList<>();

    Reader(String file, JsonNode n) {
      this.file = file;
      this.n = n;
    }

    int integer(String key) {
      JsonNode v = n.get(key);
      if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
        missing.add(key);
        return 0;
      }
      return v.intValue();
    }

    int intOr(String key, int dflt) {
      return n.hasNonNull(key) ? integer(key) : dflt;
    }

    double dbl(String key, Double dflt) {
      JsonNode v = n.get(key);
      if (v == null || v.isNull()) {
        if (dflt == null) {
          missing.add(key);
          return 0;
        }
        return dflt;
      }
      if (!v.isNumber()) {
        missing.add(key);
        return 0;
      }
      return v.doubleValue();
    }

    boolean bool(String key) {
      JsonNode v = n.get(key);
      if (v == null || !v.isBoolean()) {
        missing.add(key);
        return false;
      }
      return v.booleanValue();
    }

    String str(String key, String dflt) {
      JsonNode v = n.get(key);
      if (v == null || v.isNull()) {
        if (dflt == null) {
          missing.add(key);
        }
        return dflt;
      }
      if (!v.isTextual()) {
        missing.add(key);
        return dflt;
      }
      return v.textValue();
    }

    Double optionalDbl(String key) {
      JsonNode v = n.get(key);
      return v != null && v.isNumber() ? v.doubleValue() : null;
    }

    boolean boolOr(String key, boolean dflt) {
      return n.hasNonNull(key) ? bool(key) : dflt;
    }

    String optionalStr(String key) {
      JsonNode v = n.get(key);
      return v != null && v.isTextual() ? v.textValue() : null;
    }

    /// A list of strings; `languages` is required, other keys may be absent (empty list).
    List<String> strings(String key) {
      JsonNode v = n.get(key);
      List<String> r = new ArrayList<>();
      if (v == null || v.isNull()) {
        if (key.equals("languages")) {
          missing.add(key);
        }
        return r;
      }
      if (!v.isArray()) {
        missing.add(key);
        return r;
      }
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          missing.add(key);
          return r;
        }
        r.add(e.textValue());
      }
      return r;
    }

    int numLabels() {
      JsonNode labels = n.get("id2label");
      if (labels != null && labels.isObject()) {
        return labels.size();
      }
      return intOr("num_labels", 2);
    }
  }
}
