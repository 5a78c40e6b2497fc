package dev.relwb.rerank.runtime;

import dev.relwb.rerank.CrossEncoderModel;
import dev.relwb.rerank.LoadedModel;
import java.nio.file.Path;

/// Opens a model folder (`config.json`, weights, `tokenizer.json`) on a device. Called only on the
/// inference thread. Production uses [#xmod()] (the X-MOD loader); tests may pass a counting wrapper
/// or a stand-in.
@FunctionalInterface
public interface ModelOpener {
  /// Loads the model and tokenizer in `dir` on `device` (`cpu`, `gpu`, `gpu:N`).
  LoadedModel open(Path dir, String device);

  /// Loads only the network (no tokenizer needed), for token-id benchmarks.
  default CrossEncoderModel openNetwork(Path dir, String device) {
    LoadedModel m = open(dir, device);
    if (m.tokenizer() != null) {
      m.tokenizer().close();
    }
    return m.model();
  }

  /// The X-MOD loader of `dev.relwb.rerank.ModelLoader`.
  static ModelOpener xmod() {
    return new ModelOpener() {
      @Override
      public LoadedModel open(Path dir, String device) {
        return dev.relwb.rerank.ModelLoader.load(dir, device);
      }

      @Override
      public CrossEncoderModel openNetwork(Path dir, String device) {
        return dev.relwb.rerank.ModelLoader.loadModel(dir, device);
      }
    };
  }
}
