package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.ui.search.Markdown.Block;
import dev.relwb.ui.search.Markdown.Kind;
import org.junit.jupiter.api.Test;

/// The guidelines' Markdown: headings, bulleted and numbered items, paragraphs joined across lines,
/// and `**bold**` runs.
class MarkdownTest {
  @Test
  void blocksAndBoldRuns() {
    String md = "# Tides ##\nJudge the **passage**,\nnot the title.\n\n## Grades\n- **3** perfect\n* 0 off topic\n"
        + "2) second\n\nlast";
    assertThat(Markdown.blocks(md)).containsExactly(new Block(Kind.HEADING, "1", "Tides"),
        new Block(Kind.PARAGRAPH, "", "Judge the **passage**, not the title."), new Block(Kind.HEADING, "2", "Grades"),
        new Block(Kind.ITEM, "•", "**3** perfect"), new Block(Kind.ITEM, "•", "0 off topic"),
        new Block(Kind.ITEM, "2.", "second"), new Block(Kind.PARAGRAPH, "", "last"));
    assertThat(Markdown.inline("a **b** c __d__")).containsExactly("a ", "b", " c ", "d", "");
    assertThat(Markdown.blocks(null)).isEmpty();
  }
}
