package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/// The bundled PyTorch engine starts offline (nothing downloaded) and computes.
class DjlEngineSmokeTest {
  @Test
  void multipliesTwoMatricesOnThePytorchEngine() {
    Engine engine = Engine.getEngine("PyTorch");
    assertThat(engine.getVersion()).startsWith("2.7.1");
    try (NDManager m = NDManager.newBaseManager(engine.defaultDevice(), "PyTorch")) {
      NDArray a = m.create(new float[] {1, 2, 3, 4, 5, 6}, new Shape(2, 3));
      NDArray b = m.create(new float[] {7, 8, 9, 10, 11, 12}, new Shape(3, 2));
      NDArray c = a.matMul(b);
      assertThat(c.getShape()).isEqualTo(new Shape(2, 2));
      assertThat(c.toFloatArray()).containsExactly(58f, 64f, 139f, 154f);
    }
  }
}
