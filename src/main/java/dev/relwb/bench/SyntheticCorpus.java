package dev.relwb.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.relwb.core.CancelToken;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/// A generated English-like corpus for benchmarks: a fixed vocabulary of made-up words drawn
/// with a Zipf distribution (as word frequencies are in real text), documents of 80–160 words
/// so each is one passage, written as a BEIR-style `corpus.jsonl`. Deterministic for a given seed.
final class SyntheticCorpus {
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "son", "ar", "in", "ed", "ing", "pra", "vel",
      "tion", "ou", "re", "de", "sta", "ble", "cor", "na", "li", "um", "ex", "po", "ment", "al", "ri", "gen", "ta"};
  private final int documents;
  private final String[] vocab;
  private final double[] cumulative;
  private final long seed;

  SyntheticCorpus(int documents, int vocabulary, long seed) {
    this.documents = documents;
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    vocab = new String[vocabulary];
    for (int i = 0; i < vocabulary; i++) {
      StringBuilder w = new StringBuilder();
      int n = 1 + (i < 100 ? 0 : 1) + r.nextInt(2);
      for (int s = 0; s < n; s++) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      vocab[i] = w.append(i % 7 == 0 ? "s" : "").toString();
    }
    cumulative = new double[vocabulary];
    double sum = 0;
    for (int i = 0; i < vocabulary; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < vocabulary; i++) {
      cumulative[i] /= sum;
    }
  }

  /// A word drawn by Zipf frequency, never among the `skip` most frequent.
  String word(SplittableRandom r, int skip) {
    double lo = skip == 0 ? 0 : cumulative[skip - 1];
    int i = Arrays.binarySearch(cumulative, lo + r.nextDouble() * (1 - lo));
    return vocab[Math.min(vocab.length - 1, i < 0 ? -i - 1 : i)];
  }

  /// Writes the corpus to `file` as JSONL (`_id`, `title`, `text`).
  void writeJsonl(Path file, CancelToken cancel) {
    SplittableRandom r = new SplittableRandom(seed + 1);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = Json.mapper().getFactory().createGenerator(w)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (int d = 0; d < documents; d++) {
        if ((d & 1023) == 0) {
          cancel.throwIfCancelled("The benchmark");
        }
        g.writeStartObject();
        g.writeStringField("_id", "d" + d);
        g.writeStringField("title", words(r, 3 + r.nextInt(4)));
        g.writeStringField("text", words(r, 80 + r.nextInt(81)));
        g.writeEndObject();
      }
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the benchmark corpus " + file + " (" + e.getClass().getSimpleName()
          + "): check that the folder exists and is writable", e);
    }
  }

  private String words(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder(n * 8);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(i % 17 == 0 ? ". " : " ");
      }
      sb.append(word(r, 0));
    }
    return sb.append('.').toString();
  }
}
