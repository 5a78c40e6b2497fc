package dev.relwb.rerank.model;

import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// How a row's logit becomes its score: the one place scores are computed. The default is the
/// sigmoid (sentence-transformers' `CrossEncoder` default for one label); a model's `config.json`
/// may name another with `sentence_transformers.activation_fn` (or the older top-level
/// `sbert_ce_default_activation_function`). Two-label models give the logit `l1 − l0`, whose sigmoid
/// is the softmax probability of class 1.
public enum ScoreActivation {
  /// `1 / (1 + e^-logit)`, in (0, 1).
  SIGMOID,
  /// The logit itself.
  IDENTITY;

  /// The score of one logit.
  public float apply(float logit) {
    return this == SIGMOID ? (float) (1.0 / (1.0 + Math.exp(-logit))) : logit;
  }

  /// The activation named by a sentence-transformers class path (`torch.nn.modules.linear.Identity`,
  /// `torch.nn.modules.activation.Sigmoid`); null gives the sigmoid.
  public static ScoreActivation fromClassName(String file, String name) {
    if (name == null || name.isBlank()) {
      return SIGMOID;
    }
    String simple = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return switch (simple) {
      case "sigmoid" -> SIGMOID;
      case "identity" -> IDENTITY;
      default -> throw new WorkbenchException("Config " + file + " asks for score activation \"" + name
          + "\"; supported: torch.nn.modules.activation.Sigmoid, torch.nn.modules.linear.Identity");
    };
  }

  /// The sentence-transformers class path of this activation.
  public String className() {
    return this == SIGMOID ? "torch.nn.modules.activation.Sigmoid" : "torch.nn.modules.linear.Identity";
  }
}
