package dev.relwb.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/// Turns one file into plain text, by extension: `.txt`/`.md` (strict UTF-8), `.html`/`.htm`
/// (jsoup), `.pdf` (PDFBox, with a temp-file cache so large PDFs do not fill the heap),
/// `.docx`/`.odt` (`OfficeXmlText`: zip + StAX).
///
/// Every failure is an `UnreadableInputException` whose message is the skip reason. Files larger
/// than `maxBytes` are refused before they are opened, which bounds memory.
public final class TextExtractor {
  /// The extensions this extractor reads.
  public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "pdf", "docx", "odt");

  private final long maxBytes;

  /// An extractor refusing files over `maxBytes`.
  public TextExtractor(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /// The lower-case extension of `file` (empty when it has none).
  public static String extension(Path file) {
    String n = file.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /// Extracts title and text of `file` of `size` bytes.
  public ExtractedText extract(Path file, long size) {
    if (size == 0) {
      throw new UnreadableInputException("empty file");
    }
    if (size > maxBytes) {
      throw new UnreadableInputException(String.format(Locale.ROOT,
          "too large (%.1f MB; the limit is %.1f MB)", size / 1e6, maxBytes / 1e6));
    }
    String ext = extension(file);
    try {
      ExtractedText t = switch (ext) {
        case "txt", "md", "markdown" -> plain(file);
        case "html", "htm" -> html(file);
        case "pdf" -> pdf(file);
        case "docx", "odt" -> OfficeXmlText.read(file, ext, maxBytes);
        default -> throw new UnreadableInputException("unsupported file type '." + ext + "'");
      };
      if (t.text().isBlank()) {
        throw new UnreadableInputException("no text found (" + ext + ")");
      }
      return t;
    } catch (IOException e) {
      throw new UnreadableInputException(ioReason(ext, e), e);
    }
  }

  /// A user-facing reason for an I/O failure while reading a file of type `ext`.
  static String ioReason(String ext, IOException e) {
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "AccessDeniedException" -> "permission denied";
      case "NoSuchFileException" -> "cannot open (missing file or broken link)";
      default -> "cannot read " + ext.toUpperCase(Locale.ROOT) + ": "
          + (e.getMessage() == null ? kind : e.getMessage());
    };
  }

  private static ExtractedText plain(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (looksBinary(bytes)) {
      throw new UnreadableInputException("binary content, not text");
    }
    String text = decodeUtf8(bytes);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String title = "";
    if (extension(file).startsWith("m")) {
      String first = text.strip().lines().findFirst().orElse("");
      title = first.startsWith("#") ? first.replaceFirst("^#+\\s*", "") : "";
    }
    return new ExtractedText(title, text);
  }

  /// Whether `bytes` look like a binary file: a NUL byte, or many control characters, in the first 8 KB.
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      throw new UnreadableInputException("not valid UTF-8 (bad byte sequence); save it as UTF-8", e);
    } catch (CharacterCodingException e) {
      throw new UnreadableInputException("not valid UTF-8; save it as UTF-8", e);
    }
  }

  private static ExtractedText html(Path file) throws IOException {
    Document doc = Jsoup.parse(file.toFile(), null);
    String text = doc.body() == null ? "" : doc.body().text();
    return new ExtractedText(doc.title(), text);
  }

  private static ExtractedText pdf(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        throw new UnreadableInputException("the PDF is encrypted and forbids text extraction");
      }
      String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
      String text = new PDFTextStripper().getText(doc);
      return new ExtractedText(title == null ? "" : title.strip(), text);
    }
  }
}
