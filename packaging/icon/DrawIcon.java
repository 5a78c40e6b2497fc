import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/// Draws the Relevance Workbench icon: two ranked lists side by side (BM25 and reranked, the
/// second one reordered) under a magnifying glass. Writes `relwb.png` (256 px, Linux),
/// `relwb.ico` (Windows) and `relwb.icns` (macOS); the last two simply wrap PNG images, which
/// both formats allow.
///
/// Run from the repository root: `java -Djava.awt.headless=true packaging/icon/DrawIcon.java`.
public final class DrawIcon {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "packaging/icon");
    byte[] png256 = png(draw(256));
    Files.write(dir.resolve("relwb.png"), png256);
    Files.write(dir.resolve("relwb.ico"), ico(new int[] {16, 32, 48, 256}));
    Files.write(dir.resolve("relwb.icns"), icns(png256, png(draw(512))));
  }

  static BufferedImage draw(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.scale(size / 256.0, size / 256.0);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1f4e8c), 0, 256, new Color(0x10294d)));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 52, 52));
    // left list: BM25 order; right list: reranked order (bar lengths = scores)
    int[] left = {120, 100, 84, 64, 48};
    int[] right = {132, 112, 96, 70, 52};
    for (int i = 0; i < 5; i++) {
      g.setColor(new Color(0xa8c5eb));
      g.fill(new RoundRectangle2D.Double(34, 44 + i * 32, left[i] * 0.62, 18, 9, 9));
      g.setColor(i == 0 ? new Color(0xffd166) : new Color(0xf4f1de));
      g.fill(new RoundRectangle2D.Double(136, 44 + i * 32, right[i] * 0.72, 18, 9, 9));
    }
    // magnifying glass over the lower right corner
    g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(0x10294d));
    g.draw(new Line2D.Double(196, 196, 226, 226));
    g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(0xffd166));
    g.draw(new Line2D.Double(196, 196, 224, 224));
    g.setColor(new Color(255, 255, 255, 60));
    g.fill(new Ellipse2D.Double(140, 140, 64, 64));
    g.setStroke(new BasicStroke(8));
    g.setColor(new Color(0xffd166));
    g.draw(new Ellipse2D.Double(140, 140, 64, 64));
    g.dispose();
    return img;
  }

  static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /// An ICO file whose entries are PNG images.
  static byte[] ico(int[] sizes) throws IOException {
    byte[][] images = new byte[sizes.length][];
    int total = 6 + 16 * sizes.length;
    for (int i = 0; i < sizes.length; i++) {
      images[i] = png(draw(sizes[i]));
      total += images[i].length;
    }
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
    int offset = 6 + 16 * sizes.length;
    for (int i = 0; i < sizes.length; i++) {
      b.put((byte) (sizes[i] >= 256 ? 0 : sizes[i])).put((byte) (sizes[i] >= 256 ? 0 : sizes[i]));
      b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
      b.putInt(images[i].length).putInt(offset);
      offset += images[i].length;
    }
    for (byte[] image : images) {
      b.put(image);
    }
    return b.array();
  }

  /// An ICNS file with a 256 px (`ic08`) and a 512 px (`ic09`) PNG entry.
  static byte[] icns(byte[] png256, byte[] png512) {
    int total = 8 + 8 + png256.length + 8 + png512.length;
    ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
    b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
    b.put("ic08".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + png256.length).put(png256);
    b.put("ic09".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + png512.length).put(png512);
    return b.array();
  }
}
