package dev.relwb.rerank.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/// A safetensors file whose header has been validated and whose data region is memory-mapped
/// (read-only; files above 2 GB included, through a `MemorySegment`).
///
/// F32 tensors reach DJL without a copy: the NDArray views the mapped pages, so the mapping must
/// stay open while any such NDArray is alive (close the arrays' manager before this file).
/// F16 tensors are converted to F32 by the engine; BF16 tensors are widened to F32 in Java
/// (`f32 bits = bf16 bits << 16`), because a BF16 NDArray aborts the JVM on DJL 0.36 CPU.
public final class SafetensorsFile implements AutoCloseable {
  private final Path path;
  private final SafetensorsHeader header;
  private final Arena arena;
  private final MemorySegment data;

  private SafetensorsFile(Path path, SafetensorsHeader header, Arena arena, MemorySegment data) {
    this.path = path;
    this.header = header;
    this.arena = arena;
    this.data = data;
  }

  /// Opens, validates and maps `path`. Any problem is a `WorkbenchException` naming the file.
  public static SafetensorsFile open(Path path) {
    String name = path.toString();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      ByteBuffer first8 = ByteBuffer.allocate(8);
      readFully(ch, first8, 0);
      first8.flip();
      long n = SafetensorsHeader.headerLength(name, first8, size);
      ByteBuffer json = ByteBuffer.allocate((int) n);
      readFully(ch, json, 8);
      SafetensorsHeader header = SafetensorsHeader.parse(name, json.array(), size);
      Arena arena = Arena.ofShared();
      long dataLength = size - header.dataStart();
      MemorySegment seg = dataLength == 0 ? MemorySegment.NULL
          : ch.map(FileChannel.MapMode.READ_ONLY, header.dataStart(), dataLength, arena);
      return new SafetensorsFile(path, header, arena, seg);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new WorkbenchException("Safetensors file " + name + " does not exist", e);
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read safetensors file " + name + ": " + e.getMessage(), e);
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    long p = pos;
    while (buf.hasRemaining()) {
      int r = ch.read(buf, p);
      if (r < 0) {
        break;
      }
      p += r;
    }
  }

  /// The file's path.
  public Path path() {
    return path;
  }

  /// The validated header.
  public SafetensorsHeader header() {
    return header;
  }

  /// The tensor entries by name.
  public Map<String, TensorInfo> tensors() {
    return header.tensors();
  }

  /// The `__metadata__` strings.
  public Map<String, String> metadata() {
    return header.metadata();
  }

  /// The raw bytes of a tensor as a read-only little-endian direct buffer over the map
  /// (tensors up to 2 GB; use `segment` for larger ones).
  public ByteBuffer bytes(String name) {
    TensorInfo t = info(name);
    if (t.byteLength() > Integer.MAX_VALUE) {
      throw SafetensorsHeader.bad(path.toString(), "has tensor '" + name + "' of " + t.byteLength()
          + " bytes, more than one buffer can hold (2 GB)");
    }
    if (t.byteLength() == 0) {
      return ByteBuffer.allocateDirect(0).order(ByteOrder.LITTLE_ENDIAN);
    }
    return data.asSlice(t.begin(), t.byteLength()).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
  }

  /// The raw bytes of a tensor as a read-only slice of the mapped segment (any size).
  public MemorySegment segment(String name) {
    TensorInfo t = info(name);
    return t.byteLength() == 0 ? MemorySegment.NULL : data.asSlice(t.begin(), t.byteLength()).asReadOnly();
  }

  /// The entry for `name`, or an error naming the file.
  public TensorInfo info(String name) {
    TensorInfo t = header.tensors().get(name);
    if (t == null) {
      throw SafetensorsHeader.bad(path.toString(), "has no tensor '" + name + "'");
    }
    return t;
  }

  /// Loads a tensor as a float32 NDArray of `manager` (zero-copy for F32).
  public NDArray loadFloat32(NDManager manager, String name) {
    TensorInfo t = info(name);
    if (!t.dtype().isFloatWeight()) {
      throw SafetensorsHeader.bad(path.toString(), "stores tensor '" + name + "' as " + t.dtype()
          + ", but weights must be F32, F16 or BF16");
    }
    if (t.float32Bytes() > Integer.MAX_VALUE) {
      throw SafetensorsHeader.bad(path.toString(), "has tensor '" + name + "' with " + t.elementCount()
          + " elements, more than one float32 array can hold (2 GB)");
    }
    Shape shape = new Shape(t.shape());
    ByteBuffer raw = bytes(name);
    return switch (t.dtype()) {
      case F32 -> manager.create(aligned(raw, Float.BYTES), shape, DataType.FLOAT32);
      case F16 -> {
        try (NDArray half = manager.create(aligned(raw, 2), shape, DataType.FLOAT16)) {
          yield half.toType(DataType.FLOAT32, true);
        }
      }
      case BF16 -> manager.create(widenBf16(t), shape, DataType.FLOAT32);
      default -> throw new IllegalStateException("unreachable: " + t.dtype());
    };
  }

  /// The buffer itself when its address is aligned for the element type (the usual case: the
  /// reference writer keeps tensors aligned), else an aligned copy, so the engine never sees a
  /// misaligned pointer.
  private static ByteBuffer aligned(ByteBuffer raw, int elementBytes) {
    if (MemorySegment.ofBuffer(raw).address() % elementBytes == 0) {
      return raw;
    }
    ByteBuffer copy = ByteBuffer.allocateDirect(raw.remaining()).order(ByteOrder.LITTLE_ENDIAN);
    copy.put(raw.duplicate()).flip();
    return copy;
  }

  private ByteBuffer widenBf16(TensorInfo t) {
    int n = (int) t.elementCount();
    ByteBuffer out = ByteBuffer.allocateDirect(n * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    MemorySegment src = data.asSlice(t.begin(), t.byteLength());
    MemorySegment dst = MemorySegment.ofBuffer(out);
    ValueLayout.OfShort in = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    ValueLayout.OfInt outL = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    for (long i = 0; i < n; i++) {
      int bits = (src.getAtIndex(in, i) & 0xffff) << 16;
      dst.setAtIndex(outL, i, bits);
    }
    return out;
  }

  /// Unmaps the file. NDArrays that view it must be closed first.
  @Override
  public void close() {
    arena.close();
  }
}
