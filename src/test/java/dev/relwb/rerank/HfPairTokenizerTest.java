package dev.relwb.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.WorkbenchException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The pair tokenizer validates options before the native tokenizer sees them, truncates only
/// the passage, reports the cut, and caps a query that would leave no passage token.
class HfPairTokenizerTest {
  private static HfPairTokenizer tok;

  @BeforeAll
  static void open() throws URISyntaxException {
    Path dir = Path.of(HfPairTokenizerTest.class.getResource("/models/xmod-tiny/tokenizer.json").toURI()).getParent();
    tok = HfPairTokenizer.open(dir, 512);
  }

  @AfterAll
  static void close() {
    tok.close();
  }

  @Test
  void badOptionsAreRejectedInJava() {
    for (int bad : new int[] {-1, 0, 4, 513, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> tok.encode(List.of("q"), List.of("p"), bad)).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining("Max length " + bad + " is out of range; use 5..512");
    }
    assertThatThrownBy(() -> tok.encode(List.of("q", "r"), List.of("p"), 10)).isInstanceOf(WorkbenchException.class);
    assertThat(tok.encode(List.of(), List.of(), 10)).isEmpty();
  }

  @Test
  void onlyThePassageIsCutAndTheCutIsReported() {
    String passage = "the dog lives in the garden house and the cat lives in the house ".repeat(10);
    EncodedPair full = tok.encode(List.of("where does the dog live"), List.of(passage), 512).getFirst();
    EncodedPair cut = tok.encode(List.of("where does the dog live"), List.of(passage), 20).getFirst();
    assertThat(cut.length()).isEqualTo(20);
    assertThat(cut.queryTokens()).isEqualTo(full.queryTokens());
    assertThat(cut.truncatedTokens()).isEqualTo(full.passageTokens() - cut.passageTokens()).isPositive();
    assertThat(cut.ids()).startsWith(java.util.Arrays.copyOf(full.ids(), 19)).endsWith(2);
    assertThat(full.truncatedTokens()).isZero();
  }

  @Test
  void aQueryThatLeavesNoRoomIsCappedToKeepOnePassageToken() {
    String query = "a very long query about dogs and cats and houses and gardens ".repeat(5);
    EncodedPair e = tok.encode(List.of(query), List.of("the garden"), 12).getFirst();
    assertThat(e.length()).isEqualTo(12);
    assertThat(e.passageTokens()).isEqualTo(1);
    assertThat(e.queryTokens()).isEqualTo(7);
    assertThat(e.ids()[0]).isZero();
    assertThat(e.ids()[8]).isEqualTo(2);
    assertThat(e.ids()[9]).isEqualTo(2);
    assertThat(e.ids()[11]).isEqualTo(2);
    EncodedPair empty = tok.encode(List.of(query), List.of(""), 6).getFirst();
    assertThat(empty.length()).isEqualTo(6);
    assertThat(empty.passageTokens()).isZero();
  }

  @Test
  void truncationArithmeticMatchesOnlySecond() {
    long[] ids = {0, 10, 11, 2, 2, 20, 21, 22, 23, 2};
    long[] seq = {-1, 0, 0, -1, -1, 1, 1, 1, 1, -1};
    EncodedPair e = HfPairTokenizer.truncate(ids, seq, 8);
    assertThat(e.ids()).containsExactly(0, 10, 11, 2, 2, 20, 21, 2);
    assertThat(e.truncatedTokens()).isEqualTo(2);
    assertThat(HfPairTokenizer.truncate(ids, seq, 10).ids()).hasSize(10);
  }
}
