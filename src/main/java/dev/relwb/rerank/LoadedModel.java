package dev.relwb.rerank;

import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.ModelIdentity;
import java.util.List;
import java.util.Map;

/// A model folder loaded for scoring: the network, its tokenizer, and its language helpers.
/// Close it to free native memory and unmap the weights.
///
/// @param model     the cross-encoder (use from one inference thread)
/// @param tokenizer the pair tokenizer of the same folder
/// @param languageResolver maps user input (`fr`, `fr_FR`, `French`) to an exact code
/// @param displayNames code → `French — fr_XX`, in lang-id order
public record LoadedModel(CrossEncoderModel model, PairTokenizer tokenizer,
                          java.util.function.UnaryOperator<String> languageResolver,
                          Map<String, String> displayNames) implements AutoCloseable {
  /// The model's identity (languages, default language, limits, device).
  public ModelIdentity identity() {
    return model.identity();
  }

  /// The exact language code for user input; null or blank gives the default language.
  public String resolveLanguage(String input) {
    return languageResolver.apply(input);
  }

  /// The language codes in lang-id order.
  public List<String> languages() {
    return identity().languages();
  }

  @Override
  public void close() {
    tokenizer.close();
    model.close();
  }
}
