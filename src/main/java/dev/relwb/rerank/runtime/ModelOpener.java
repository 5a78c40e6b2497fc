package dev.relwb.rerank.runtime;

import dev.relwb.rerank.CrossEncoderModel;
import dev.relwb.rerank.PairTokenizer;
import java.nio.file.Path;

/// Opens a model folder (`config.json`, weights, `tokenizer.json`) on a device. Called only on the
/// inference thread. The production opener is the X-MOD loader; tests pass a small fake.
@FunctionalInterface
public interface ModelOpener {
  /// A loaded model and its tokenizer (null when the folder has no `tokenizer.json`).
  record Loaded(CrossEncoderModel model, PairTokenizer tokenizer) { }

  /// Loads the model in `dir` on `device` (`cpu` or `gpu`).
  Loaded open(Path dir, String device);
}
