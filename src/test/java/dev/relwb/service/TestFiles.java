package dev.relwb.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/// Builds real PDF, docx and odt files for tests.
final class TestFiles {
  private TestFiles() { }

  static void pdf(Path file, String title, String text) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(50, 700);
        cs.showText(text);
        cs.endText();
      }
      doc.getDocumentInformation().setTitle(title);
      doc.save(file.toFile());
    }
  }

  static void docx(Path file, String title, String... paragraphs) throws IOException {
    StringBuilder body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
        + "wordprocessingml/2006/main\"><w:body>");
    for (String p : paragraphs) {
      body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
    }
    body.append("</w:body></w:document>");
    String core = "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
        + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title
        + "</dc:title></cp:coreProperties>";
    zip(file, "word/document.xml", body.toString(), "docProps/core.xml", core);
  }

  static void odt(Path file, String title, String... paragraphs) throws IOException {
    StringBuilder body = new StringBuilder("<office:document-content xmlns:office=\"urn:oasis:names:tc:"
        + "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
        + "<office:body><office:text>");
    for (String p : paragraphs) {
      body.append("<text:p>").append(p).append("</text:p>");
    }
    body.append("</office:text></office:body></office:document-content>");
    String meta = "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>" + title
        + "</dc:title></office:meta></office:document-meta>";
    zip(file, "content.xml", body.toString(), "meta.xml", meta);
  }

  private static void zip(Path file, String... nameAndContent) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < nameAndContent.length; i += 2) {
        z.putNextEntry(new ZipEntry(nameAndContent[i]));
        z.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
  }
}
