package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Seeded mutation fuzzing of the safetensors reader: 12,000 mutated headers and files (byte
/// flips, cuts, insertions, forged lengths, number and dtype swaps, nesting bombs). Nothing but
/// `WorkbenchException` may come out; every 40th case also goes through a real file, the memory
/// map and (for float tensors) DJL.
class SafetensorsFuzzTest {
  private static final int CASES = 12_000;
  private static final String[] TOKENS = {"F32", "F16", "BF16", "I64", "BOOL", "X9", "-1", "0", "1e309",
      "18446744073709551615", "9223372036854775807", "4.5", "null", "[]", "{}", "\"\"", "[[[[[[", "}}}}", "\"a\"",
      "\"__metadata__\"", "true", "\uD83D\uDE00", "\\u0000", ",", ":"};

  @TempDir
  Path tmp;

  @Test
  void onlyWorkbenchExceptionsComeOut() throws IOException {
    List<byte[]> seeds = List.of(
        SafetensorsCorruptionTest.file("{\"__metadata__\":{\"format\":\"pt\"},\"a\":{\"dtype\":\"F32\",\"shape\":[2,2],"
            + "\"data_offsets\":[0,16]},\"b\":{\"dtype\":\"BF16\",\"shape\":[4],\"data_offsets\":[16,24]},"
            + "\"c\":{\"dtype\":\"F16\",\"shape\":[2],\"data_offsets\":[24,28]}}", 28),
        SafetensorsCorruptionTest.file("{\"x\":{\"dtype\":\"I64\",\"shape\":[1,3],\"data_offsets\":[0,24]}}", 24),
        SafetensorsCorruptionTest.file("{}", 0));
    Random rnd = new Random(20261127L);
    List<String> unexpected = new ArrayList<>();
    int accepted = 0;
    int rejected = 0;
    try (NDManager m = NDManager.newBaseManager("PyTorch")) {
      for (int i = 0; i < CASES; i++) {
        byte[] input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
        try {
          if (i % 40 == 0) {
            viaFile(i, input, m);
          } else {
            SafetensorsHeader.read("fuzz-" + i, input);
          }
          accepted++;
        } catch (WorkbenchException e) {
          assertThat(e.getMessage()).contains("fuzz-" + i);
          rejected++;
        } catch (Throwable t) {
          unexpected.add(i + ": " + t + " for " + new String(input, StandardCharsets.ISO_8859_1));
        }
      }
    }
    assertThat(unexpected).isEmpty();
    assertThat(accepted).isGreaterThan(100);
    assertThat(rejected).isGreaterThan(CASES / 2);
  }

  private void viaFile(int i, byte[] input, NDManager m) throws IOException {
    Path p = tmp.resolve("fuzz-" + i);
    Files.write(p, input);
    try (SafetensorsFile f = SafetensorsFile.open(p); NDManager scope = m.newSubManager()) {
      for (TensorInfo t : f.tensors().values()) {
        ByteBuffer b = f.bytes(t.name());
        assertThat((long) b.remaining()).isEqualTo(t.byteLength());
        if (t.dtype().isFloatWeight()) {
          assertThat(f.loadFloat32(scope, t.name()).size()).isEqualTo(t.elementCount());
        }
      }
    } finally {
      Files.delete(p);
    }
  }

  static byte[] mutate(byte[] seed, Random rnd) {
    byte[] b = seed.clone();
    int rounds = 1 + rnd.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      b = switch (rnd.nextInt(7)) {
        case 0 -> flip(b, rnd);
        case 1 -> java.util.Arrays.copyOf(b, rnd.nextInt(b.length + 1));
        case 2 -> forgeLength(b, rnd);
        case 3 -> replaceToken(b, rnd);
        case 4 -> insert(b, rnd);
        case 5 -> replaceNumber(b, rnd);
        default -> nestingBomb(rnd);
      };
    }
    return b;
  }

  private static byte[] flip(byte[] b, Random rnd) {
    if (b.length > 0) {
      b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
    }
    return b;
  }

  private static byte[] forgeLength(byte[] b, Random rnd) {
    if (b.length < 8) {
      return b;
    }
    long[] choices = {0, 1, 2, b.length - 8, b.length - 7, b.length, 100L << 30, -1, Long.MIN_VALUE, rnd.nextLong(),
        rnd.nextInt(b.length)};
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, choices[rnd.nextInt(choices.length)]);
    return b;
  }

  private static byte[] replaceToken(byte[] b, Random rnd) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    String[] from = {"F32", "BF16", "F16", "I64", "shape", "dtype", "data_offsets", "__metadata__", "\"a\"", "[", "]",
        "{", "}", ",", ":"};
    String f = from[rnd.nextInt(from.length)];
    int at = s.indexOf(f, rnd.nextInt(Math.max(1, s.length())));
    if (at < 0) {
      at = s.indexOf(f);
    }
    if (at < 0) {
      return b;
    }
    String out = s.substring(0, at) + TOKENS[rnd.nextInt(TOKENS.length)] + s.substring(at + f.length());
    return keepLength(out.getBytes(StandardCharsets.UTF_8), b.length - s.length() + out.length(), rnd);
  }

  private static byte[] replaceNumber(byte[] b, Random rnd) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    List<int[]> spans = new ArrayList<>();
    for (int i = 8; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i)) && !Character.isDigit(s.charAt(i - 1))) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        spans.add(new int[] {i, j});
      }
    }
    if (spans.isEmpty()) {
      return b;
    }
    int[] sp = spans.get(rnd.nextInt(spans.size()));
    String[] nums = {"0", "1", "3", "16", "28", "-8", "99999999999", "4611686018427387904", "2147483648",
        String.valueOf(rnd.nextInt(64)), "1.5", "1e3"};
    String out = s.substring(0, sp[0]) + nums[rnd.nextInt(nums.length)] + s.substring(sp[1]);
    return keepLength(out.getBytes(StandardCharsets.ISO_8859_1), -1, rnd);
  }

  /// Fixes the 8-byte length prefix so the header (usually) still parses as one unit.
  private static byte[] keepLength(byte[] b, int ignored, Random rnd) {
    if (b.length >= 8 && rnd.nextInt(4) != 0) {
      String s = new String(b, StandardCharsets.ISO_8859_1);
      int end = s.lastIndexOf('}');
      if (end > 8) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, end - 7);
      }
    }
    return b;
  }

  private static byte[] insert(byte[] b, Random rnd) {
    int at = rnd.nextInt(b.length + 1);
    byte[] extra = TOKENS[rnd.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[b.length + extra.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(extra, 0, out, at, extra.length);
    System.arraycopy(b, at, out, at + extra.length, b.length - at);
    return out;
  }

  private static byte[] nestingBomb(Random rnd) {
    int depth = 10 + rnd.nextInt(5000);
    String json = "{\"a\":" + "[".repeat(depth) + "]".repeat(rnd.nextBoolean() ? depth : 0) + "}";
    return SafetensorsCorruptionTest.file(json, rnd.nextInt(16));
  }
}
