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
  static final String SUPPORTED = Family.supported() + " (e.g. antoinelouis/mono-xm, BAAI/bge-reranker-base,"
      + " cross-encoder/ms-marco-MiniLM-L-6-v2)";

  static XmodConfig fromJson(String file, JsonNode n) {
    Family family = refuseForeign(file, n);
    boolean xmod = family.hasAdapters();
    boolean bert = family == Family.BERT;
    Reader r = new Reader(file, n);
    XmodConfig c = new XmodConfig(r.str("model_type", null), r.strings("architectures"), r.integer("vocab_size"),
        r.integer("hidden_size"),
        r.integer("num_hidden_layers"), r.integer("num_attention_heads"), r.integer("intermediate_size"),
        r.str("hidden_act", null), r.dbl("hidden_dropout_prob", 0.1), r.dbl("attention_probs_dropout_prob", 0.1),
        r.optionalDbl("classifier_dropout"), r.dbl("initializer_range", 0.02), r.integer("max_position_embeddings"),
        bert ? r.intOr("type_vocab_size", 2) : r.integer("type_vocab_size"),
        r.dbl("layer_norm_eps", bert ? 1e-12 : null),
        bert ? r.intOr("pad_token_id", 0) : r.integer("pad_token_id"), r.intOr("bos_token_id", 0),
        r.intOr("eos_token_id", 2), r.str("position_embedding_type", "absolute"),
        xmod && r.bool("pre_norm"), xmod ? r.integer("adapter_reduction_factor") : 1,
        xmod && r.bool("adapter_layer_norm"), xmod && r.bool("adapter_reuse_layer_norm"),
        xmod && r.bool("ln_before_adapter"), xmod ? r.strings("languages") : List.of(),
        xmod ? r.optionalStr("default_language") : null, r.numLabels(), r.boolOr("use_cache", true),
        r.optionalStr("torch_dtype"), family, ScoreActivation.fromClassName(file, activationName(n)));
    if (!r.missing.isEmpty()) {
      throw new WorkbenchException("Config " + file + " is missing or has invalid field(s): "
          + String.join(", ", r.missing) + "; is this " + (xmod ? "an" : "a") + " " + family.label()
          + " model's config.json?");
    }
    return c;
  }

  /// `sentence_transformers.activation_fn`, else the older `sbert_ce_default_activation_function`, else null.
  private static String activationName(JsonNode n) {
    JsonNode st = n.path("sentence_transformers").path("activation_fn");
    if (st.isTextual()) {
      return st.textValue();
    }
    JsonNode old = n.path("sbert_ce_default_activation_function");
    return old.isTextual() ? old.textValue() : null;
  }

  /// The family of the config; refuses, in one line, a model of another type (a causal LM, a
  /// bi-encoder, …) before its fields are read, naming it and the supported ones.
  private static Family refuseForeign(String file, JsonNode n) {
    String type = n.path("model_type").asText("");
    List<String> arch = new ArrayList<>();
    n.path("architectures").forEach(a -> arch.add(a.asText()));
    Family family = Family.ofModelType(type.isEmpty() ? "xmod" : type).orElse(null);
    boolean crossEncoder = arch.isEmpty() || family != null && arch.contains(family.architecture());
    if (family == null || !crossEncoder) {
      String what = (type.isEmpty() ? "a model" : "a \"" + type + "\" model") + (arch.isEmpty() ? ""
          : " (" + String.join(", ", arch) + ")");
      boolean seqCls = arch.isEmpty() || arch.stream().anyMatch(a -> a.endsWith("ForSequenceClassification"));
      String why = !seqCls ? " (no *ForSequenceClassification head: a bi-encoder or a language model?)"
          : family != null ? " (model_type \"" + family.modelType() + "\" needs " + family.architecture() + ")" : "";
      throw new WorkbenchException("Config " + file + " describes " + what + ", which relwb cannot run as a"
          + " cross-encoder" + why + "; supported: " + SUPPORTED);
    }
    return family;
  }

  static ObjectNode toJson(XmodConfig c) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("model_type", c.modelType());
    ArrayNode arch = o.putArray("architectures");
    (c.architectures().isEmpty() ? List.of(c.family().architecture()) : c.architectures()).forEach(arch::add);
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
    if (c.family().hasAdapters()) {
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
    }
    ObjectNode id2label = o.putObject("id2label");
    ObjectNode label2id = o.putObject("label2id");
    for (int i = 0; i < c.numLabels(); i++) {
      id2label.put(String.valueOf(i), "LABEL_" + i);
      label2id.put("LABEL_" + i, i);
    }
    if (c.activation() != ScoreActivation.SIGMOID) {
      o.putObject("sentence_transformers").put("activation_fn", c.activation().className());
    }
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
