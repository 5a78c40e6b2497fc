package dev.relwb.rerank;

import dev.relwb.rerank.model.CrossEncoderModel;
import dev.relwb.rerank.model.ModelIdentity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/// A deterministic stand-in for the X-MOD network (the real one is tested by its golden files): the
/// logit of a row depends only on its ids and language, never on the batch. Counting, thread notes,
/// overlap detection and the before-call hook come from [CountingModel].
public final class FakeCrossEncoderModel extends CountingModel {

  /// A fake with languages en_XX (default) and fr_XX, max 512 tokens.
  public FakeCrossEncoderModel() {
    this("fake:1");
  }

  /// A fake with the given identity id.
  public FakeCrossEncoderModel(String id) {
    super(new Deterministic(new ModelIdentity(id, List.of("en_XX", "fr_XX"), "en_XX", 512, 1, "cpu()")));
  }

  /// `model` and `tokenizer` as a loaded folder; languages resolve as given, blank = en_XX.
  public static LoadedModel loaded(CrossEncoderModel model, PairTokenizer tokenizer) {
    return new LoadedModel(model, tokenizer, s -> s == null || s.isBlank() ? "en_XX" : s,
        java.util.Map.of("en_XX", "English — en_XX", "fr_XX", "French — fr_XX"));
  }

  /// The logit the fake gives a row, whatever batch it is in.
  public static float expected(int[] ids, String lang) {
    long h = "fr_XX".equals(lang) ? 7 : 3;
    for (int i = 0; i < ids.length; i++) {
      h = h * 31 + ids[i] * (i + 1L);
    }
    return (Math.floorMod(h, 2001) - 1000) / 100f;
  }

  /// [rows, longest] of every call.
  public List<int[]> batchShapes() {
    return List.copyOf(((Deterministic) inner()).shapes);
  }

  /// Whether the model was closed.
  public boolean closed() {
    return ((Deterministic) inner()).closed;
  }

  /// The arithmetic behind the fake.
  private static final class Deterministic implements CrossEncoderModel {
    private final ModelIdentity identity;
    private final List<int[]> shapes = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean closed;

    Deterministic(ModelIdentity identity) {
      this.identity = identity;
    }

    @Override
    public ModelIdentity identity() {
      return identity;
    }

    @Override
    public float[] logits(List<int[]> batch, List<String> langs) {
      shapes.add(new int[] {batch.size(), batch.stream().mapToInt(r -> r.length).max().orElse(0)});
      float[] out = new float[batch.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = expected(batch.get(i), langs.get(i));
      }
      return out;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
