package dev.relwb.rerank.model;

import dev.relwb.rerank.runtime.ExpectedWeights;
import java.util.LinkedHashMap;
import java.util.Map;

/// Checkpoint key names of the `…ForSequenceClassification` models (X-MOD, XLM-R, RoBERTa under
/// `roberta.`, BERT under `bert.`), spelled exactly as `save_pretrained` writes them, and the shapes
/// the config implies. Adapter keys (X-MOD only) contain the language code itself.
public final class XmodWeights {
  /// Prefix of the backbone (`base_model_prefix`).
  public static final String ROBERTA = "roberta.";
  /// Prefix of the BERT backbone.
  public static final String BERT = "bert.";

  private XmodWeights() { }

  /// `roberta.embeddings.<name>`.
  public static String embeddings(String name) {
    return ROBERTA + "embeddings." + name;
  }

  /// `roberta.encoder.layer.<i>.<name>`.
  public static String layer(int i, String name) {
    return ROBERTA + "encoder.layer." + i + "." + name;
  }

  /// `<prefix>embeddings.<name>` (`roberta.` or `bert.` by family).
  public static String embeddings(XmodConfig c, String name) {
    return c.prefix() + "embeddings." + name;
  }

  /// `<prefix>encoder.layer.<i>.<name>` (`roberta.` or `bert.` by family).
  public static String layer(XmodConfig c, int i, String name) {
    return c.prefix() + "encoder.layer." + i + "." + name;
  }

  /// `roberta.encoder.layer.<i>.output.adapter_modules.<lang>.<name>`.
  public static String adapter(int i, String lang, String name) {
    return layer(i, "output.adapter_modules." + lang + "." + name);
  }

  /// Every tensor the config needs: shared weights, and one group of adapter weights per language.
  public static ExpectedWeights expected(XmodConfig c) {
    long h = c.hiddenSize();
    Map<String, long[]> s = new LinkedHashMap<>();
    s.put(embeddings(c, "word_embeddings.weight"), new long[] {c.vocabSize(), h});
    s.put(embeddings(c, "position_embeddings.weight"), new long[] {c.maxPositionEmbeddings(), h});
    s.put(embeddings(c, "token_type_embeddings.weight"), new long[] {c.typeVocabSize(), h});
    norm(s, embeddings(c, "LayerNorm"), h);
    for (int i = 0; i < c.numHiddenLayers(); i++) {
      for (String p : new String[] {"query", "key", "value"}) {
        linear(s, layer(c, i, "attention.self." + p), h, h);
      }
      linear(s, layer(c, i, "attention.output.dense"), h, h);
      norm(s, layer(c, i, "attention.output.LayerNorm"), h);
      linear(s, layer(c, i, "intermediate.dense"), c.intermediateSize(), h);
      linear(s, layer(c, i, "output.dense"), h, c.intermediateSize());
      norm(s, layer(c, i, "output.LayerNorm"), h);
      if (c.family().hasAdapters() && c.adapterLayerNorm()) {
        norm(s, layer(c, i, "output.adapter_layer_norm"), h);
      }
    }
    if (c.family().hasAdapters() && c.preNorm()) {
      norm(s, ROBERTA + "encoder.LayerNorm", h);
    }
    if (c.family() == Family.BERT) {
      linear(s, BERT + "pooler.dense", h, h);
      linear(s, "classifier", c.numLabels(), h);
    } else {
      linear(s, "classifier.dense", h, h);
      linear(s, "classifier.out_proj", c.numLabels(), h);
    }
    Map<String, Map<String, long[]>> groups = new LinkedHashMap<>();
    for (String lang : c.family().hasAdapters() ? c.languages() : java.util.List.<String>of()) {
      Map<String, long[]> g = new LinkedHashMap<>();
      for (int i = 0; i < c.numHiddenLayers(); i++) {
        linear(g, adapter(i, lang, "dense1"), c.adapterSize(), h);
        linear(g, adapter(i, lang, "dense2"), h, c.adapterSize());
      }
      groups.put(lang, g);
    }
    return new ExpectedWeights(s, groups);
  }

  private static void linear(Map<String, long[]> m, String prefix, long out, long in) {
    m.put(prefix + ".weight", new long[] {out, in});
    m.put(prefix + ".bias", new long[] {out});
  }

  private static void norm(Map<String, long[]> m, String prefix, long h) {
    m.put(prefix + ".weight", new long[] {h});
    m.put(prefix + ".bias", new long[] {h});
  }
}
