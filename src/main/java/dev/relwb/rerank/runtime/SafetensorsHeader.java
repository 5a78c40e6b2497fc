package dev.relwb.rerank.runtime;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The validated header of a safetensors file: tensor entries and `__metadata__`.
///
/// Layout: 8 bytes little-endian header length `n`, then `n` bytes of UTF-8 JSON, then the data
/// region. Every check of the format happens here, before any byte of the data is used: the
/// header fits the file and a size limit, the JSON is one well-formed object without duplicate
/// keys, every dtype is known, `shape × dtype size` equals the `data_offsets` span, and spans lie
/// inside the data region without overlapping. All failures are `WorkbenchException`s naming the
/// file and the problem.
///
/// @param file     the file name used in messages
/// @param tensors  entries by name, in header order
/// @param metadata the `__metadata__` strings (empty if absent)
/// @param dataStart byte offset of the data region in the file (`8 + n`)
public record SafetensorsHeader(String file, Map<String, TensorInfo> tensors, Map<String, String> metadata,
                                long dataStart) {
  /// Largest header accepted (the safetensors reference implementation uses the same 100 MB limit).
  public static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

  private static final ObjectReader READER = Json.mapper().reader()
      .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /// Makes the maps unmodifiable.
  public SafetensorsHeader {
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    metadata = Map.copyOf(metadata);
  }

  /// Reads and checks the 8-byte length prefix; returns the header length `n`.
  public static long headerLength(String file, ByteBuffer first8, long fileSize) {
    if (fileSize < 8 || first8.remaining() < 8) {
      throw bad(file, "is truncated: " + fileSize + " bytes, not even the 8-byte header length");
    }
    long n = first8.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong();
    if (n < 2 || n > MAX_HEADER_BYTES) {
      throw bad(file, "claims a header of " + Long.toUnsignedString(n) + " bytes (allowed 2.."
          + MAX_HEADER_BYTES + "); the file is corrupt or not safetensors");
    }
    if (n > fileSize - 8) {
      throw bad(file, "is truncated: its header claims " + n + " bytes but only " + (fileSize - 8)
          + " follow the length prefix");
    }
    return n;
  }

  /// Validates the header of a whole file held in memory (for small files and tests).
  public static SafetensorsHeader read(String file, byte[] whole) {
    long n = headerLength(file, ByteBuffer.wrap(whole, 0, Math.min(8, whole.length)), whole.length);
    return parse(file, java.util.Arrays.copyOfRange(whole, 8, 8 + (int) n), whole.length);
  }

  /// Parses and validates the JSON header bytes of a file of `fileSize` bytes.
  public static SafetensorsHeader parse(String file, byte[] json, long fileSize) {
    long dataStart = 8L + json.length;
    long dataLength = fileSize - dataStart;
    if (dataLength < 0) {
      throw bad(file, "is truncated: the header is longer than the file");
    }
    JsonNode root;
    try {
      root = READER.readTree(json);
    } catch (JacksonException e) {
      throw new WorkbenchException("Safetensors file " + file + " has a malformed JSON header ("
          + firstLine(e.getOriginalMessage()) + "); re-download the model", e);
    } catch (IOException e) {
      throw new WorkbenchException("Safetensors file " + file + " has an unreadable header (" + e.getMessage()
          + "); re-download the model", e);
    }
    if (root == null || !root.isObject()) {
      throw bad(file, "has a header that is not a JSON object");
    }
    Map<String, String> metadata = Map.of();
    Map<String, TensorInfo> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (e.getKey().equals("__metadata__")) {
        metadata = metadata(file, e.getValue());
      } else {
        tensors.put(e.getKey(), tensor(file, e.getKey(), e.getValue(), dataLength));
      }
    }
    checkOverlaps(file, tensors);
    return new SafetensorsHeader(file, tensors, metadata, dataStart);
  }

  private static Map<String, String> metadata(String file, JsonNode node) {
    if (!node.isObject()) {
      throw bad(file, "has a __metadata__ that is not an object of strings");
    }
    Map<String, String> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isTextual()) {
        throw bad(file, "has a non-string __metadata__ value for '" + e.getKey() + "'");
      }
      m.put(e.getKey(), e.getValue().textValue());
    }
    return m;
  }

  private static TensorInfo tensor(String file, String name, JsonNode node, long dataLength) {
    if (!node.isObject()) {
      throw bad(file, "has a tensor entry '" + name + "' that is not an object");
    }
    JsonNode dt = node.get("dtype");
    if (dt == null || !dt.isTextual()) {
      throw bad(file, "has no dtype string for tensor '" + name + "'");
    }
    SafetensorsDtype dtype = SafetensorsDtype.parse(dt.textValue()).orElseThrow(() -> bad(file,
        "uses unknown dtype '" + dt.textValue() + "' for tensor '" + name + "'"));
    long[] shape = longs(file, name, "shape", node.get("shape"), -1);
    long[] offsets = longs(file, name, "data_offsets", node.get("data_offsets"), 2);
    long bytes;
    try {
      long n = 1;
      for (long d : shape) {
        n = Math.multiplyExact(n, d);
      }
      bytes = Math.multiplyExact(n, (long) dtype.byteSize());
    } catch (ArithmeticException e) {
      throw new WorkbenchException("Safetensors file " + file + " has an impossible shape for tensor '" + name
          + "' (size overflows); the file is corrupt", e);
    }
    long begin = offsets[0];
    long end = offsets[1];
    if (begin > end || end > dataLength) {
      throw bad(file, "has data_offsets [" + begin + ", " + end + "] for tensor '" + name
          + "' outside the data region of " + dataLength + " bytes (file truncated or corrupt)");
    }
    if (end - begin != bytes) {
      throw bad(file, "has a shape/offset mismatch for tensor '" + name + "': shape " + java.util.Arrays.toString(shape)
          + " of " + dtype + " needs " + bytes + " bytes but data_offsets span " + (end - begin));
    }
    return new TensorInfo(name, dtype, shape, begin, end);
  }

  private static long[] longs(String file, String name, String field, JsonNode node, int expectedSize) {
    if (node == null || !node.isArray() || (expectedSize >= 0 && node.size() != expectedSize)) {
      throw bad(file, "has no valid " + field + " for tensor '" + name + "'");
    }
    long[] r = new long[node.size()];
    for (int i = 0; i < r.length; i++) {
      JsonNode v = node.get(i);
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
        throw bad(file, "has a " + field + " entry that is not a non-negative integer for tensor '" + name + "'");
      }
      r[i] = v.longValue();
    }
    return r;
  }

  private static void checkOverlaps(String file, Map<String, TensorInfo> tensors) {
    List<TensorInfo> sorted = new ArrayList<>(tensors.values());
    sorted.sort(Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
    TensorInfo prev = null;
    for (TensorInfo t : sorted) {
      if (prev != null && t.begin() < prev.end() && t.byteLength() > 0) {
        throw bad(file, "has overlapping data for tensors '" + prev.name() + "' and '" + t.name() + "'");
      }
      if (prev == null || t.end() > prev.end()) {
        prev = t;
      }
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  static WorkbenchException bad(String file, String problem) {
    return new WorkbenchException("Safetensors file " + file + " " + problem);
  }
}
