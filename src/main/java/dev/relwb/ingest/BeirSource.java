package dev.relwb.ingest;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/// A BEIR collection folder: `corpus.jsonl`, `queries.jsonl` and `qrels/*.tsv` (all splits
/// found are merged; the usual one is `test.tsv`).
public final class BeirSource implements DocumentSource {
  private final Path dir;
  private final JsonlSource corpus;

  /// A source over the BEIR folder `dir`; `language` null means detect per document.
  public BeirSource(Path dir, String language) {
    this.dir = dir;
    Path corpusFile = dir.resolve("corpus.jsonl");
    if (!Files.isRegularFile(corpusFile)) {
      throw new WorkbenchException("No corpus.jsonl in " + dir + ": a BEIR folder holds corpus.jsonl, "
          + "queries.jsonl and qrels/test.tsv");
    }
    this.corpus = new JsonlSource(corpusFile, JsonlSource.JsonlFields.beir(), language);
  }

  @Override
  public String describe() {
    return "BEIR " + dir;
  }

  @Override
  public void read(DocumentSink sink, CancelToken cancel) {
    corpus.read(sink, cancel);
  }

  @Override
  public List<Topic> topics() {
    Path q = dir.resolve("queries.jsonl");
    return Files.isRegularFile(q) ? TopicsReader.read(q) : List.of();
  }

  @Override
  public List<QrelsFile> qrelsFiles() {
    Path qd = dir.resolve("qrels");
    if (!Files.isDirectory(qd)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(qd)) {
      return files.filter(p -> p.toString().endsWith(".tsv")).sorted().map(f -> new QrelsFile(f, "beir")).toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list the qrels folder " + qd + ": " + e.getMessage(), e);
    }
  }
}
