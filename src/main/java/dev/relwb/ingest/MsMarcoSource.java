package dev.relwb.ingest;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/// An MS MARCO passage folder: `collection.tsv` (`pid<TAB>text`), query files `queries*.tsv`
/// (`qid<TAB>text`) and qrels files `qrels*.tsv` / `qrels*.txt` (TREC `qid 0 pid rel`).
public final class MsMarcoSource implements DocumentSource {
  private final Path dir;
  private final String language;

  /// A source over the MS MARCO folder `dir`; `language` null means detect per passage.
  public MsMarcoSource(Path dir, String language) {
    this.dir = dir;
    this.language = language;
    if (!Files.isRegularFile(dir.resolve("collection.tsv"))) {
      throw new WorkbenchException("No collection.tsv in " + dir + ": an MS MARCO folder holds collection.tsv "
          + "(pid<TAB>text), queries*.tsv and qrels*");
    }
  }

  @Override
  public String describe() {
    return "MS MARCO " + dir;
  }

  @Override
  public void read(DocumentSink sink, CancelToken cancel) {
    Path file = dir.resolve("collection.tsv");
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if ((n & 255) == 0) {
          cancel.throwIfCancelled("Reading " + file);
        }
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          if (!line.isBlank()) {
            sink.skipped("collection.tsv line " + n, "no pid<TAB>text");
          }
          continue;
        }
        sink.accept(SourceDocument.of(line.substring(0, tab), "", line.substring(tab + 1), language));
      }
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Topic> topics() {
    List<Topic> out = new ArrayList<>();
    for (Path f : files("queries")) {
      out.addAll(TopicsReader.read(f));
    }
    return out;
  }

  @Override
  public List<QrelsFile> qrelsFiles() {
    return files("qrels").stream().map(f -> new QrelsFile(f, hasBeirHeader(f) ? "beir" : "trec")).toList();
  }

  /// Whether the file starts with BEIR's `query-id` header (some MS MARCO copies use BEIR's qrels layout).
  private static boolean hasBeirHeader(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      return first != null && first.strip().startsWith("query-id");
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private List<Path> files(String prefix) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith(prefix) && (n.endsWith(".tsv") || n.endsWith(".txt"));
      }).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
