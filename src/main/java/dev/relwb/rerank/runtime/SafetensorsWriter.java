package dev.relwb.rerank.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/// Writes safetensors files, streaming each tensor's bytes so that multi-GB checkpoints never
/// sit in memory. Tensors are laid out contiguously in the given order; the header is padded
/// with spaces to a multiple of 8 bytes, as the reference writer does.
public final class SafetensorsWriter {
  private SafetensorsWriter() { }

  /// Produces exactly a tensor's bytes (little-endian) into a channel.
  @FunctionalInterface
  public interface Data {
    /// Writes the bytes.
    void write(WritableByteChannel out) throws IOException;
  }

  /// One tensor to write; `data` must produce exactly `shape × dtype size` bytes.
  ///
  /// @param name  tensor key
  /// @param dtype element type
  /// @param shape dimensions
  /// @param data  the byte producer
  public record Entry(String name, SafetensorsDtype dtype, long[] shape, Data data) {
    /// Bytes this entry must write.
    public long byteLength() {
      long n = dtype.byteSize();
      for (long d : shape) {
        n *= d;
      }
      return n;
    }

    /// A float32 tensor with the given values.
    public static Entry floats(String name, long[] shape, float[] values) {
      return new Entry(name, SafetensorsDtype.F32, shape, out -> {
        ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        writeFully(out, b);
      });
    }

    /// A float32 tensor of `offset + uniform(-a, a)` values with standard deviation `std`,
    /// generated in chunks from `seed` (deterministic).
    public static Entry random(String name, long[] shape, long seed, float offset, float std) {
      long count = 1;
      for (long d : shape) {
        count *= d;
      }
      long n = count;
      double a = std * Math.sqrt(3.0);
      return new Entry(name, SafetensorsDtype.F32, shape, out -> {
        SplittableRandom rnd = new SplittableRandom(seed);
        float scale = (float) (2 * a / (1L << 24));
        float[] chunk = new float[(int) Math.min(n, 1 << 18)];
        ByteBuffer b = ByteBuffer.allocateDirect(chunk.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (long done = 0; done < n; ) {
          int len = (int) Math.min(n - done, chunk.length);
          for (int i = 0; i < len; i++) {
            chunk[i] = offset - (float) a + (rnd.nextInt() >>> 8) * scale;
          }
          b.clear();
          b.asFloatBuffer().put(chunk, 0, len);
          b.limit(len * Float.BYTES);
          writeFully(out, b);
          done += len;
        }
      });
    }
  }

  /// Writes `entries` (in order) with `__metadata__` = `metadata` to `file` (replaced if present).
  public static void write(Path file, List<Entry> entries, Map<String, String> metadata) {
    byte[] header = header(entries, metadata);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer len = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).flip();
      writeFully(ch, len);
      writeFully(ch, ByteBuffer.wrap(header));
      for (Entry e : entries) {
        long before = ch.position();
        e.data().write(ch);
        long written = ch.position() - before;
        if (written != e.byteLength()) {
          throw new WorkbenchException("Writing " + file + ": tensor '" + e.name() + "' produced " + written
              + " bytes instead of " + e.byteLength());
        }
      }
    } catch (IOException ex) {
      throw new WorkbenchException("Cannot write safetensors file " + file + ": " + ex.getMessage(), ex);
    }
  }

  private static byte[] header(List<Entry> entries, Map<String, String> metadata) {
    ObjectNode root = Json.mapper().createObjectNode();
    if (!metadata.isEmpty()) {
      ObjectNode m = root.putObject("__metadata__");
      metadata.forEach(m::put);
    }
    long offset = 0;
    for (Entry e : entries) {
      ObjectNode t = root.putObject(e.name());
      t.put("dtype", e.dtype().name());
      var shape = t.putArray("shape");
      for (long d : e.shape()) {
        shape.add(d);
      }
      long end = offset + e.byteLength();
      t.putArray("data_offsets").add(offset).add(end);
      offset = end;
    }
    byte[] json = root.toString().getBytes(StandardCharsets.UTF_8);
    int padded = (json.length + 7) / 8 * 8;
    byte[] out = new byte[padded];
    System.arraycopy(json, 0, out, 0, json.length);
    java.util.Arrays.fill(out, json.length, padded, (byte) ' ');
    return out;
  }

  /// Writes all remaining bytes of `b` to `out`.
  public static void writeFully(WritableByteChannel out, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      out.write(b);
    }
  }
}
