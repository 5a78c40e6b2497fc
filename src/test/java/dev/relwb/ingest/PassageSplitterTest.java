package dev.relwb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
  private static String words(int n) {
    return IntStream.range(0, n).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  @Test
  void shortTextIsOnePassage() {
    List<Passage> p = PassageSplitter.defaults().split("d", words(200));
    assertThat(p).hasSize(1);
    assertThat(p.getFirst().id(1)).isEqualTo("d");
  }

  @Test
  void longTextIsSplitWithHalfOverlapOnWordBoundaries() {
    String text = words(500);
    List<Passage> p = PassageSplitter.defaults().split("d", text);
    // windows start at words 0, 100, 200, 300; the last one reaches word 499
    assertThat(p).hasSize(4);
    assertThat(p.get(1).text()).startsWith("w100 ").endsWith(" w299");
    assertThat(p.get(3).text()).startsWith("w300 ").endsWith(" w499");
    for (Passage x : p) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
      assertThat(x.text().split(" ")).hasSizeLessThanOrEqualTo(200);
      assertThat(x.docId()).isEqualTo("d");
    }
    assertThat(p.get(2).id(4)).isEqualTo("d#2");
  }

  @Test
  void configurableSizeAndOverlap() {
    List<Passage> p = new PassageSplitter(10, 0.0).split("d", words(25));
    assertThat(p).extracting(Passage::text).containsExactly(
        "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9", "w10 w11 w12 w13 w14 w15 w16 w17 w18 w19", "w20 w21 w22 w23 w24");
  }

  @Test
  void chineseIsSplitByIcuSegmentsNeverInsideOne() {
    String text = "北京是中华人民共和国的首都。".repeat(40);
    List<Passage> p = new PassageSplitter(50, 0.5).split("zh", text);
    assertThat(p.size()).isGreaterThan(2);
    for (Passage x : p) {
      assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
      assertThat(x.text().length()).isLessThan(text.length());
    }
    assertThat(text.substring(p.getLast().end())).as("only the final full stop is after the last word").isEqualTo("。");
  }

  @Test
  void zeroWordsKeepsTheDocumentWhole() {
    assertThat(new PassageSplitter(0, 0.5).split("d", words(1000))).hasSize(1);
  }
}
