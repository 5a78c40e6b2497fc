package dev.relwb.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/// Just enough Markdown for judging guidelines, as JavaFX text: `#` headings (bold), `-`, `*`, `+` and
/// `1.` list items (bulleted, numbered), paragraphs (lines joined until a blank line), and `**bold**`
/// inline. Anything else shows as written.
final class Markdown {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]\\s+(.*)$");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

  private Markdown() { }

  /// A block of the document.
  ///
  /// @param kind   what the block is
  /// @param marker the list marker shown (`•`, `1.`) or the heading level (`1`–`6`); empty for a paragraph
  /// @param text   the block's text, inline markup kept
  record Block(Kind kind, String marker, String text) { }

  /// The kinds of block.
  enum Kind {
    /// a `#` heading
    HEADING,
    /// a bulleted or numbered list item
    ITEM,
    /// a paragraph
    PARAGRAPH
  }

  /// The blocks of `markdown`, in order.
  static List<Block> blocks(String markdown) {
    List<Block> out = new ArrayList<>();
    StringBuilder para = new StringBuilder();
    for (String line : (markdown == null ? "" : markdown).split("\\R", -1)) {
      Matcher h = HEADING.matcher(line);
      Matcher b = BULLET.matcher(line);
      Matcher n = NUMBERED.matcher(line);
      if (line.isBlank() || h.matches() || b.matches() || n.matches()) {
        flush(para, out);
      }
      if (h.matches()) {
        out.add(new Block(Kind.HEADING, String.valueOf(h.group(1).length()), h.group(2)));
      } else if (b.matches()) {
        out.add(new Block(Kind.ITEM, "•", b.group(1).strip()));
      } else if (n.matches()) {
        out.add(new Block(Kind.ITEM, n.group(1) + ".", n.group(2).strip()));
      } else if (!line.isBlank()) {
        para.append(para.isEmpty() ? "" : " ").append(line.strip());
      }
    }
    flush(para, out);
    return out;
  }

  private static void flush(StringBuilder para, List<Block> out) {
    if (!para.isEmpty()) {
      out.add(new Block(Kind.PARAGRAPH, "", para.toString()));
      para.setLength(0);
    }
  }

  /// `text` split at `**bold**` runs: even indexes plain, odd indexes bold.
  static List<String> inline(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = BOLD.matcher(text);
    int at = 0;
    while (m.find()) {
      out.add(text.substring(at, m.start()));
      out.add(m.group(1) != null ? m.group(1) : m.group(2));
      at = m.end();
    }
    out.add(text.substring(at));
    return out;
  }

  /// One text flow per block of `markdown` (style classes `md-heading`, `md-item`, `md-paragraph`).
  static List<Node> render(String markdown) {
    List<Node> out = new ArrayList<>();
    for (Block b : blocks(markdown)) {
      TextFlow flow = new TextFlow();
      flow.getStyleClass().add(switch (b.kind()) {
        case HEADING -> "md-heading";
        case ITEM -> "md-item";
        case PARAGRAPH -> "md-paragraph";
      });
      if (b.kind() == Kind.ITEM) {
        flow.getChildren().add(text(b.marker() + " ", false));
      }
      List<String> parts = inline(b.text());
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).isEmpty()) {
          flow.getChildren().add(text(parts.get(i), b.kind() == Kind.HEADING || i % 2 == 1));
        }
      }
      out.add(flow);
    }
    return out;
  }

  private static Text text(String s, boolean bold) {
    Text t = new Text(s);
    t.getStyleClass().add(bold ? "md-bold" : "md-plain");
    return t;
  }
}
