package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Each kind of damaged safetensors file gives a `WorkbenchException` that names the file and the
/// problem — never a crash, hang or OutOfMemoryError.
class SafetensorsCorruptionTest {
  @TempDir
  Path tmp;

  /// A file with the given JSON header and `dataBytes` zero bytes of data.
  static byte[] file(String json, int dataBytes) {
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h);
    return b.array();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private void assertRejected(Path p, String problem) {
    assertThatThrownBy(() -> SafetensorsFile.open(p).close()).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining(p.toString()).hasMessageContainingAll(problem);
  }

  @Test
  void aValidFileReadsBackF32ZeroCopyF16AndBf16Widened() throws IOException {
    Path p = tmp.resolve("ok.safetensors");
    float[] values = {1.5f, -2.25f, 3f, 0.1f};
    SafetensorsWriter.write(p, List.of(SafetensorsWriter.Entry.floats("a", new long[] {2, 2}, values),
        new SafetensorsWriter.Entry("h", SafetensorsDtype.F16, new long[] {2}, out -> SafetensorsWriter.writeFully(out,
            ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0x3C00).putShort((short) 0xC000).flip())),
        new SafetensorsWriter.Entry("b", SafetensorsDtype.BF16, new long[] {2}, out -> SafetensorsWriter.writeFully(out,
            ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0x3FC0).putShort((short) 0xBF80).flip())),
        new SafetensorsWriter.Entry("position_ids", SafetensorsDtype.I64, new long[] {1}, out -> SafetensorsWriter.writeFully(out,
            ByteBuffer.allocate(8)))), Map.of("format", "pt"));
    try (SafetensorsFile f = SafetensorsFile.open(p); NDManager m = NDManager.newBaseManager("PyTorch")) {
      assertThat(f.metadata()).containsEntry("format", "pt");
      assertThat(f.header().dataStart() % 8).isZero();
      NDArray a = f.loadFloat32(m, "a");
      assertThat(a.toFloatArray()).containsExactly(values);
      assertThat(f.loadFloat32(m, "h").toFloatArray()).containsExactly(1f, -2f);
      assertThat(f.loadFloat32(m, "b").toFloatArray()).containsExactly(1.5f, -1f);
      assertThatThrownBy(() -> f.loadFloat32(m, "position_ids")).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining("I64");
    }
  }

  @Test
  void truncatedFile() throws IOException {
    byte[] ok = file("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", 16);
    assertRejected(write("cut.safetensors", java.util.Arrays.copyOf(ok, ok.length - 5)), "outside the data region");
    assertRejected(write("tiny.safetensors", new byte[] {1, 2, 3}), "truncated");
    assertRejected(write("empty.safetensors", new byte[0]), "truncated");
  }

  @Test
  void headerLongerThanTheFile() throws IOException {
    byte[] b = file("{}", 0);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 4000);
    assertRejected(write("long.safetensors", b), "truncated");
  }

  @Test
  void headerClaiming100Gb() throws IOException {
    byte[] b = file("{}", 0);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 100L << 30);
    assertRejected(write("huge.safetensors", b), "claims a header of 107374182400 bytes");
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, -1L);
    assertRejected(write("neg.safetensors", b), "claims a header");
  }

  @Test
  void offsetsOutsideTheDataOrOverlapping() throws IOException {
    assertRejected(write("out.safetensors", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[16,32]}}", 16)),
        "outside the data region");
    assertRejected(write("rev.safetensors", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,0]}}", 16)),
        "outside the data region");
    assertRejected(write("ovl.safetensors", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},"
        + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}", 16)), "overlapping data for tensors 'a' and 'b'");
  }

  @Test
  void shapeOffsetMismatchUnknownDtypeDuplicateKeysAndBadJson() throws IOException {
    assertRejected(write("mis.safetensors", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,16]}}", 16)),
        "shape/offset mismatch for tensor 'a'");
    assertRejected(write("dt.safetensors", file("{\"a\":{\"dtype\":\"F33\",\"shape\":[4],\"data_offsets\":[0,16]}}", 16)),
        "unknown dtype 'F33'");
    assertRejected(write("dup.safetensors", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},"
        + "\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", 16)), "Duplicate field 'a'");
    assertRejected(write("json.safetensors", file("{\"a\":", 16)), "malformed JSON header");
    assertRejected(write("arr.safetensors", file("[1,2]", 0)), "not a JSON object");
    assertRejected(write("ovf.safetensors", file("{\"a\":{\"dtype\":\"F32\",\"shape\":[4611686018427387904,4],"
        + "\"data_offsets\":[0,16]}}", 16)), "size overflows");
  }

  @Test
  void aMissingFileIsNamed() {
    assertRejected(tmp.resolve("nope.safetensors"), "does not exist");
  }
}
