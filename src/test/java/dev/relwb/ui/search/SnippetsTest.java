package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.search.Snippet;
import java.util.List;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/// Match spans become highlighted runs (no FX toolkit needed for `Text` nodes); text is never parsed.
class SnippetsTest {
  private static List<String> highlighted(List<Text> runs) {
    return runs.stream().filter(t -> t.getStyleClass().contains("hl")).map(Text::getText).toList();
  }

  private static String all(List<Text> runs) {
    return runs.stream().map(Text::getText).reduce("", String::concat);
  }

  @Test
  void spansBecomeHighlightedRunsAndMarkupLikeTextStaysText() {
    Snippet s = new Snippet("a <b> moon and\ntides", List.of(new Snippet.Span(6, 10), new Snippet.Span(15, 20)));
    List<Text> runs = Snippets.toTexts(s);
    assertThat(highlighted(runs)).containsExactly("moon", "tides");
    assertThat(all(runs)).isEqualTo("a <b> moon and tides");
  }

  @Test
  void aCutKeepsTheSpansBeforeItAndLineBreaksWhenAsked() {
    Snippet s = new Snippet("moon\nand tides", List.of(new Snippet.Span(0, 4), new Snippet.Span(9, 14)));
    List<Text> runs = Snippets.toTexts(s, 8, false);
    assertThat(highlighted(runs)).containsExactly("moon");
    assertThat(all(runs)).isEqualTo("moon\nand …");
  }

  @Test
  void overlappingOrOutOfRangeSpansAreSkipped() {
    Snippet s = new Snippet("ocean", List.of(new Snippet.Span(0, 5), new Snippet.Span(2, 4), new Snippet.Span(3, 9)));
    assertThat(highlighted(Snippets.toTexts(s))).containsExactly("ocean");
    assertThat(all(Snippets.toTexts(s))).isEqualTo("ocean");
  }
}
