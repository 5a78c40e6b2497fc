package dev.relwb.rerank.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/// The encoder families relwb runs as cross-encoders, each with its `config.json` `model_type`, its
/// sequence-classification architecture and the checkpoint prefix of its backbone. They share one
/// encoder core (self-attention, feed-forward, the layer loop); they differ only in the embeddings
/// (`XmodEmbeddings` RoBERTa-style positions vs `BertEmbeddings`), the output block (with or without
/// language adapters, `XmodOutput`) and the head (`XmodClassificationHead` vs `BertClassificationHead`).
public enum Family {
  /// X-MOD (mono-XM): XLM-R with one adapter per language in every layer.
  XMOD("X-MOD", "xmod", "XmodForSequenceClassification", "roberta."),
  /// XLM-RoBERTa: X-MOD without adapters.
  XLM_R("XLM-R", "xlm-roberta", "XLMRobertaForSequenceClassification", "roberta."),
  /// RoBERTa: the same network as XLM-R.
  ROBERTA("RoBERTa", "roberta", "RobertaForSequenceClassification", "roberta."),
  /// BERT: absolute positions from 0, segment embeddings, pooler + linear classifier.
  BERT("BERT", "bert", "BertForSequenceClassification", "bert.");

  private final String label;
  private final String modelType;
  private final String architecture;
  private final String prefix;

  Family(String label, String modelType, String architecture, String prefix) {
    this.label = label;
    this.modelType = modelType;
    this.architecture = architecture;
    this.prefix = prefix;
  }

  /// Display name: `X-MOD`, `XLM-R`, `RoBERTa`, `BERT`.
  public String label() {
    return label;
  }

  /// `model_type` in `config.json`.
  public String modelType() {
    return modelType;
  }

  /// The `architectures` entry of the cross-encoder (`…ForSequenceClassification`).
  public String architecture() {
    return architecture;
  }

  /// Checkpoint prefix of the backbone (`base_model_prefix` + `.`): `roberta.` or `bert.`.
  public String prefix() {
    return prefix;
  }

  /// Whether every layer holds language adapters (X-MOD only).
  public boolean hasAdapters() {
    return this == XMOD;
  }

  /// Whether positions are RoBERTa-style (from `pad_token_id + 1`) rather than BERT's (from 0).
  public boolean robertaPositions() {
    return this != BERT;
  }

  /// Longest input in tokens for `max_position_embeddings` and `pad_token_id`: RoBERTa positions
  /// start after the pad id (`max - pad - 1`, 512 for 514), BERT's at 0 (`max`).
  public int maxTokens(int maxPositionEmbeddings, int padTokenId) {
    return robertaPositions() ? maxPositionEmbeddings - padTokenId - 1 : maxPositionEmbeddings;
  }

  /// The family of a `model_type` (case-insensitive, `_` or `-`), if supported.
  public static Optional<Family> ofModelType(String type) {
    if (type == null) {
      return Optional.empty();
    }
    String t = type.toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values()).filter(f -> f.modelType.equals(t)).findFirst();
  }

  /// The display name of a `model_type`, or the type itself when unsupported (for `model info`).
  public static String labelOf(String type) {
    return ofModelType(type).map(Family::label).orElse(type == null ? "unknown" : type);
  }

  /// Every supported family for messages: `model_type "xmod" with XmodForSequenceClassification, …`.
  public static String supported() {
    return Arrays.stream(values()).map(f -> "\"" + f.modelType + "\" with " + f.architecture)
        .collect(Collectors.joining(", ", "model_type ", ""));
  }
}
