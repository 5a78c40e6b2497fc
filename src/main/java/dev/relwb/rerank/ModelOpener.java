package dev.relwb.rerank;

import dev.relwb.rerank.model.CrossEncoderModel;
import java.nio.file.Path;

/// Opens a model folder (`config.json`, weights, `tokenizer.json`) on a device. Called only on the
/// inference thread. Production uses [#xmod()] (the loader of every family, X-MOD to BERT); tests may pass a counting wrapper
/// or a stand-in.
@FunctionalInterface
public interface ModelOpener {
  /// Loads the model and tokenizer in `dir` on `device` (`cpu`, `gpu`, `gpu:N`). `id` is the model
  /// identity for the score cache (`repo@commit` of a hub snapshot), or null for the weights' fingerprint.
  LoadedModel open(Path dir, String device, String id);

  /// Loads only the network (no tokenizer needed), for token-id benchmarks.
  default CrossEncoderModel openNetwork(Path dir, String device) {
    LoadedModel m = open(dir, device, null);
    if (m.tokenizer() != null) {
      m.tokenizer().close();
    }
    return m.model();
  }

  /// The loader of every supported family, [ModelLoader] (named for its first family, X-MOD).
  static ModelOpener xmod() {
    return new ModelOpener() {
      @Override
      public LoadedModel open(Path dir, String device, String id) {
        return ModelLoader.load(dir, device, id);
      }

      @Override
      public CrossEncoderModel openNetwork(Path dir, String device) {
        return ModelLoader.loadModel(dir, device);
      }
    };
  }
}
