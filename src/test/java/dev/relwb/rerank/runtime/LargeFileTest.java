package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A safetensors file larger than 2 GB (sparse on disk) maps as one segment, and a tensor that
/// starts beyond 2 GB reaches DJL zero-copy with the right values.
class LargeFileTest {
  @TempDir
  Path tmp;

  @Test
  void tensorsPast2GbAreRead() throws IOException {
    long big = 2_200_000_000L;
    String json = "{\"__metadata__\":{\"format\":\"pt\"},\"big\":{\"dtype\":\"U8\",\"shape\":[" + big
        + "],\"data_offsets\":[0," + big + "]},\"x\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[" + big
        + "," + (big + 16) + "]}}";
    byte[] header = (json + " ".repeat((8 - json.length() % 8) % 8)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path p = tmp.resolve("big.safetensors");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      ByteBuffer b = ByteBuffer.allocate(8 + header.length).order(ByteOrder.LITTLE_ENDIAN);
      b.putLong(header.length).put(header);
      f.write(b.array());
      f.seek(8 + header.length + big);
      ByteBuffer x = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      x.putFloat(1.5f).putFloat(-2f).putFloat(3.25f).putFloat(4f);
      f.write(x.array());
    }
    try (SafetensorsFile f = SafetensorsFile.open(p); NDManager m = NDManager.newBaseManager("PyTorch")) {
      assertThat(p.toFile().length()).isGreaterThan(Integer.MAX_VALUE);
      assertThat(f.tensors()).containsKeys("big", "x");
      assertThat(f.loadFloat32(m, "x").toFloatArray()).containsExactly(1.5f, -2f, 3.25f, 4f);
      assertThat(f.segment("big").byteSize()).isEqualTo(big);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.bytes("big"))
          .isInstanceOf(dev.relwb.core.WorkbenchException.class).hasMessageContaining("more than one buffer can hold");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.loadFloat32(m, "big"))
          .isInstanceOf(dev.relwb.core.WorkbenchException.class).hasMessageContaining("U8");
    }
  }
}
