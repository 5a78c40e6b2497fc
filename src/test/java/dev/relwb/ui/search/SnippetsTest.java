package dev.relwb.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/// Snippet markup and term highlighting (no FX toolkit needed for `Text` nodes).
class SnippetsTest {
  private static List<String> highlighted(List<Text> runs) {
    return runs.stream().filter(t -> t.getStyleClass().contains("hl")).map(Text::getText).toList();
  }

  @Test
  void boldMarkupBecomesHighlightedRunsAndEntitiesAreDecoded() {
    List<Text> runs = Snippets.toTexts("a &lt;b&gt; <b>moon</b> and <b>tides</b>");
    assertThat(highlighted(runs)).containsExactly("moon", "tides");
    assertThat(runs.stream().map(Text::getText).reduce("", String::concat)).isEqualTo("a <b> moon and tides");
  }

  @Test
  void termsHighlightWholeWordsThatStartWithThem() {
    List<Text> runs = Snippets.highlightTerms("The Oceans and the moon; seaocean.", List.of("ocean", "moon"));
    assertThat(highlighted(runs)).containsExactly("Oceans", "moon");
  }
}
