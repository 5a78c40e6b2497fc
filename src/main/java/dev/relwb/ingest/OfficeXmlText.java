package dev.relwb.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/// Text of Office Open XML (`.docx`: `word/document.xml`) and OpenDocument (`.odt`:
/// `content.xml`) files, read straight from the zip with the JDK's StAX parser (no DTDs, no
/// external entities; each entry read is capped, so a zip bomb cannot fill memory).
/// Paragraphs, line breaks and tabs become `\n`, `\n` and `\t`; the title comes from
/// `docProps/core.xml` or `meta.xml` (`dc:title`).
final class OfficeXmlText {
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  private OfficeXmlText() { }

  static ExtractedText read(Path file, String ext, long maxBytes) throws IOException {
    boolean docx = ext.equals("docx");
    try (ZipFile zip = new ZipFile(file.toFile())) {
      String body = text(zip, docx ? "word/document.xml" : "content.xml", docx, maxBytes);
      String title = zip.getEntry(docx ? "docProps/core.xml" : "meta.xml") == null ? ""
          : title(zip, docx ? "docProps/core.xml" : "meta.xml", maxBytes);
      return new ExtractedText(title, body);
    } catch (XMLStreamException e) {
      throw new UnreadableInputException("broken " + ext + " XML: " + e.getMessage(), e);
    }
  }

  private static String text(ZipFile zip, String entry, boolean docx, long maxBytes)
      throws IOException, XMLStreamException {
    ZipEntry e = zip.getEntry(entry);
    if (e == null) {
      throw new UnreadableInputException("not a " + (docx ? "Word .docx" : "OpenDocument .odt")
          + " file (no " + entry + ")");
    }
    StringBuilder sb = new StringBuilder();
    try (InputStream in = new Capped(zip.getInputStream(e), maxBytes, entry)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      boolean inText = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String n = r.getLocalName();
          inText = docx ? n.equals("t") : inText;
          if (n.equals("tab")) {
            sb.append('\t');
          } else if (n.equals("br") || n.equals("line-break")) {
            sb.append('\n');
          } else if (!docx && n.equals("s")) {
            sb.append(' ');
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          String n = r.getLocalName();
          if (n.equals("p") || n.equals("h")) {
            sb.append('\n');
          }
          inText = docx && !n.equals("t") && inText;
        } else if (ev == XMLStreamConstants.CHARACTERS && (inText || !docx)) {
          sb.append(r.getText());
        }
      }
      r.close();
    }
    return sb.toString();
  }

  private static String title(ZipFile zip, String entry, long maxBytes) throws IOException, XMLStreamException {
    try (InputStream in = new Capped(zip.getInputStream(zip.getEntry(entry)), maxBytes, entry)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("title")) {
          return r.getElementText().strip();
        }
      }
      return "";
    }
  }

  /// An input stream that fails once more than `max` bytes were read.
  private static final class Capped extends FilterInputStream {
    private final long max;
    private final String name;
    private long count;

    Capped(InputStream in, long max, String name) {
      super(in);
      this.max = max;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        check(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        check(n);
      }
      return n;
    }

    private void check(int n) {
      count += n;
      if (count > max) {
        throw new UnreadableInputException(name + " unpacks to more than " + max / 1_000_000 + " MB (zip bomb?)");
      }
    }
  }
}
