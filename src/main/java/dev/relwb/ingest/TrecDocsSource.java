package dev.relwb.ingest;

import dev.relwb.core.CancelToken;
import dev.relwb.core.WorkbenchException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/// A TREC document collection: a file, or a folder of files (read recursively, in path order, hidden files
/// left out), each holding SGML-ish `<DOC> … </DOC>` records, optionally gzipped (`.gz`).
///
/// Files are streamed one DOC at a time (never whole); each DOC is parsed with jsoup's XML parser, which
/// decodes entities (`&amp;`) and tolerates unquoted attributes and unknown tags. A document's id is its
/// `<DOCNO>`, its title the first `<HEADLINE>`, `<HEAD>`, `<TITLE>`, `<HL>` or `<TI>`, and its text the
/// content of its `<TEXT>` elements, or, without one, everything in the DOC but the DOCNO and the title; nested
/// tags are dropped and whitespace collapsed. Bytes are read as UTF-8 (others become U+FFFD).
///
/// Skipped with a reason and the line of the `<DOC>`: a DOC without DOCNO, an unclosed DOC, a DOC over
/// 16 M characters; a file without any DOC, or one that cannot be read (`.Z` files, a damaged gzip) is
/// skipped as a whole.
public final class TrecDocsSource implements DocumentSource {
  /// The longest DOC read, in characters.
  static final int MAX_DOC_CHARS = 16 << 20;
  private static final Pattern DOC_TAG = Pattern.compile("<(/?)DOC(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final List<String> TITLE_TAGS = List.of("HEADLINE", "HEAD", "TITLE", "HL", "TI");

  private final Path root;
  private final String language;
  private final List<java.nio.file.PathMatcher> excludes;

  /// A source over the file or folder `path`; `language` null means detect per document.
  public TrecDocsSource(Path path, String language) {
    this(path, language, List.of());
  }

  /// A source over the file or folder `path` leaving out the files of a folder whose path relative to it
  /// matches one of the `excludes` globs (e.g. the collection's `topics.txt` and `qrels.txt`).
  public TrecDocsSource(Path path, String language, List<String> excludes) {
    if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
      throw new WorkbenchException("No TREC documents at " + path + ": give a file, or a folder of files, of"
          + " <DOC><DOCNO>…</DOCNO>…</DOC> records (optionally .gz)");
    }
    this.root = path;
    this.language = language;
    this.excludes = excludes.stream().map(FolderSource::glob).toList();
  }

  @Override
  public String describe() {
    return "TREC documents " + root;
  }

  @Override
  public void read(DocumentSink sink, CancelToken cancel) {
    for (Path file : files()) {
      cancel.throwIfCancelled("Reading " + root);
      readFile(file, sink, cancel);
    }
  }

  private List<Path> files() {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> excludes.stream().noneMatch(m -> m.matches(root.relativize(p)))).sorted().toList();
    } catch (IOException e) {
      throw new WorkbenchException("Cannot list the folder " + root + ": " + e.getMessage()
          + "; check it exists and is readable", e);
    }
  }

  private void readFile(Path file, DocumentSink sink, CancelToken cancel) {
    String name = Files.isDirectory(root) ? root.relativize(file).toString() : file.getFileName().toString();
    if (name.endsWith(".Z") || name.endsWith(".z")) {
      sink.skipped(name, "compress (.Z) files are not read; uncompress them, or recompress them with gzip");
      return;
    }
    try (BufferedReader in = open(file)) {
      if (new DocSplitter(name, sink, cancel).read(in) == 0) {
        sink.skipped(name, "no <DOC> records in this file");
      }
    } catch (IOException e) {
      sink.skipped(name, "cannot read it (" + e.getMessage() + "); check the file, or its gzip, is complete");
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
          ? new GZIPInputStream(raw, 1 << 16) : raw;
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /// Splits one file into DOCs line by line (a DOC may start or end mid-line) and parses each.
  private final class DocSplitter {
    private final String name;
    private final DocumentSink sink;
    private final CancelToken cancel;
    private StringBuilder body;
    private long docLine;
    private int docs;

    DocSplitter(String name, DocumentSink sink, CancelToken cancel) {
      this.name = name;
      this.sink = sink;
      this.cancel = cancel;
    }

    /// Reads every DOC; returns how many `<DOC>` tags were seen.
    int read(BufferedReader in) throws IOException {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        Matcher m = DOC_TAG.matcher(line);
        int from = 0;
        while (m.find()) {
          if (m.group(1).isEmpty()) {
            open(n);
          } else if (body != null) {
            append(line, from, m.start());
            close();
          }
          from = m.end();
        }
        if (body != null) {
          append(line, from, line.length());
          append("\n", 0, 1);
        }
      }
      if (body != null) {
        sink.skipped(where(), "<DOC> is not closed by </DOC> before the end of the file");
      }
      return docs;
    }

    private void open(long line) {
      if (body != null) {
        sink.skipped(where(), "<DOC> is not closed by </DOC> before the next <DOC>");
      }
      if (++docs % 256 == 0) {
        cancel.throwIfCancelled("Reading " + name);
      }
      body = new StringBuilder();
      docLine = line;
    }

    private void append(String s, int from, int to) {
      if (body.length() <= MAX_DOC_CHARS) {
        body.append(s, from, to);
      }
    }

    private void close() {
      if (body.length() > MAX_DOC_CHARS) {
        sink.skipped(where(), "the DOC is longer than " + (MAX_DOC_CHARS >> 20) + " M characters");
      } else {
        parse(body.toString(), where(), sink);
      }
      body = null;
    }

    private String where() {
      return name + " line " + docLine;
    }
  }

  private void parse(String xml, String where, DocumentSink sink) {
    Document d = Jsoup.parse(xml, "", Parser.xmlParser());
    Element docno = d.getElementsByTag("DOCNO").first();
    if (docno == null || docno.text().isBlank()) {
      sink.skipped(where, "no <DOCNO> in this <DOC>");
      return;
    }
    String id = docno.text().strip();
    Element title = TITLE_TAGS.stream().map(t -> d.getElementsByTag(t).first()).filter(e -> e != null)
        .findFirst().orElse(null);
    String titleText = title == null ? "" : title.text();
    List<Element> texts = d.getElementsByTag("TEXT");
    String text;
    if (!texts.isEmpty()) {
      text = String.join("\n", texts.stream().map(Element::text).toList());
    } else {
      docno.remove();
      if (title != null) {
        title.remove();
      }
      text = d.text();
    }
    sink.accept(SourceDocument.of(id, titleText, text, language));
  }
}
