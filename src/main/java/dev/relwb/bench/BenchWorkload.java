package dev.relwb.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.EncodedPair;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// A rerank benchmark workload: `[{"q": [ids], "p": [ids]}, ...]`, content token ids without specials.
/// Each pair becomes the XLM-R input `[0] + q + [2, 2] + p + [2]`.
public final class BenchWorkload {
  /// The classpath location of the bundled 100-pair workload.
  public static final String BUNDLED = "/bench/workload-100.json";
  private static final int BOS = 0;
  private static final int EOS = 2;

  private BenchWorkload() { }

  private record Pair(int[] q, int[] p) { }

  /// Reads a workload file, or the bundled one when `file` is null.
  public static List<EncodedPair> read(Path file) {
    String name = file == null ? "the bundled workload-100.json" : file.toString();
    try (InputStream in = file == null ? BenchWorkload.class.getResourceAsStream(BUNDLED) : Files.newInputStream(file)) {
      if (in == null) {
        throw new WorkbenchException("The bundled benchmark workload is missing from the jar: pass --workload FILE");
      }
      List<Pair> pairs = Json.mapper().readValue(in, new TypeReference<List<Pair>>() { });
      return pairs.stream().map(BenchWorkload::encode).toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read the benchmark workload " + name + ": " + e.getMessage()
          + " (expected [{\"q\": [ids], \"p\": [ids]}, ...])", e);
    }
  }

  private static EncodedPair encode(Pair pair) {
    if (pair == null || pair.q() == null || pair.p() == null) {
      throw new WorkbenchException("A workload entry lacks \"q\" or \"p\"");
    }
    int[] ids = new int[pair.q().length + pair.p().length + 4];
    ids[0] = BOS;
    System.arraycopy(pair.q(), 0, ids, 1, pair.q().length);
    ids[pair.q().length + 1] = EOS;
    ids[pair.q().length + 2] = EOS;
    System.arraycopy(pair.p(), 0, ids, pair.q().length + 3, pair.p().length);
    ids[ids.length - 1] = EOS;
    return new EncodedPair(ids, pair.q().length, pair.p().length, 0);
  }
}
