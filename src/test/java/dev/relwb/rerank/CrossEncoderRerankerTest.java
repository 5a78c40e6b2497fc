package dev.relwb.rerank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.CancelToken;
import dev.relwb.core.Progress;
import dev.relwb.core.ProgressListener;
import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossEncoderRerankerTest {
  private static final String QUERY = "what is a cross encoder";
  private final FakeCrossEncoderModel model = new FakeCrossEncoderModel();
  private final FakePairTokenizer tokenizer = new FakePairTokenizer();

  private float[] oneAtATime(List<String> passages, int maxLength, String lang) {
    List<EncodedPair> enc = tokenizer.encode(Collections.nCopies(passages.size(), QUERY), passages, maxLength);
    float[] out = new float[enc.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FakeCrossEncoderModel.expected(enc.get(i).ids(), lang);
    }
    return out;
  }

  @Test
  void streamedResultsEqualOneShotAndKeepTheirIndex() {
    List<String> passages = TestPassages.passages(60, 1);
    List<ScoredPair> streamed = Collections.synchronizedList(new ArrayList<>());
    List<Integer> batchSizes = new ArrayList<>();
    CrossEncoderReranker r = new CrossEncoderReranker(model, tokenizer, null);
    RerankOutcome out = r.rerank(QUERY, passages, RerankParams.defaults().withBatchTokens(400, 100), batch -> {
      batchSizes.add(batch.size());
      streamed.addAll(batch);
    }, ProgressListener.NONE, CancelToken.none());

    float[] expected = oneAtATime(passages, 512, "en_XX");
    assertThat(out.logits()).containsExactly(expected);
    for (int i = 0; i < out.results().size(); i++) {
      assertThat(out.results().get(i).index()).isEqualTo(i);
      assertThat(out.results().get(i).score()).isEqualTo(ScoredPair.sigmoid(expected[i]));
    }
    assertThat(batchSizes).hasSizeGreaterThan(3);
    assertThat(streamed).hasSize(60);
    assertThat(streamed.stream().mapToInt(ScoredPair::index).sorted().toArray())
        .containsExactly(java.util.stream.IntStream.range(0, 60).toArray());
    for (ScoredPair s : streamed) {
      assertThat(s).isEqualTo(out.results().get(s.index()));
    }
    assertThat(out.batches()).isEqualTo(model.calls());
  }

  @Test
  void batchesAreLengthSortedWithinTheTokenBudgetAndTheFirstIsSmall() {
    List<String> passages = TestPassages.passages(80, 2);
    RerankOutcome out = new CrossEncoderReranker(model, tokenizer, null).rerank(QUERY, passages,
        RerankParams.defaults().withBatchTokens(1024, 200), RerankListener.NONE, ProgressListener.NONE,
        CancelToken.none());
    List<int[]> shapes = model.batchShapes();
    assertThat((long) shapes.getFirst()[0] * shapes.getFirst()[1]).isLessThanOrEqualTo(200);
    int previousLongest = 0;
    long padded = 0;
    for (int[] s : shapes) {
      assertThat(s[1]).isGreaterThanOrEqualTo(previousLongest);
      assertThat(s[0] == 1 || (long) s[0] * s[1] <= 1024).isTrue();
      previousLongest = s[1];
      padded += (long) s[0] * s[1];
    }
    assertThat(out.paddedTokens()).isEqualTo(padded);
    assertThat(out.realTokens()).isLessThanOrEqualTo(padded);
    assertThat((double) padded / out.realTokens()).isLessThan(1.15);
  }

  @Test
  void identicalPairsAreScoredOnce() {
    List<String> passages = List.of("alpha beta", "gamma", "alpha beta", "gamma", "delta", "alpha beta");
    RerankOutcome out = new CrossEncoderReranker(model, tokenizer, null).rerank(QUERY, passages,
        RerankParams.defaults(), RerankListener.NONE, ProgressListener.NONE, CancelToken.none());
    assertThat(model.rows()).isEqualTo(3);
    assertThat(out.duplicates()).isEqualTo(3);
    assertThat(out.logits()).containsExactly(oneAtATime(passages, 512, "en_XX"));
    assertThat(out.results().get(2).cached()).isTrue();
    assertThat(out.results().get(0).cached()).isFalse();
  }

  @Test
  void cacheHitReturnsTheSameLogitAndSkipsTheModel() {
    ScoreCache cache = ScoreCache.inMemory(1000);
    CrossEncoderReranker r = new CrossEncoderReranker(model, tokenizer, cache);
    List<String> passages = TestPassages.passages(20, 3);
    RerankOutcome first = r.rerank(QUERY, passages, RerankParams.defaults(), RerankListener.NONE,
        ProgressListener.NONE, CancelToken.none());
    int calls = model.calls();
    List<List<ScoredPair>> batches = new ArrayList<>();
    RerankOutcome second = r.rerank(QUERY, passages, RerankParams.defaults(), batches::add, ProgressListener.NONE,
        CancelToken.none());
    assertThat(model.calls()).isEqualTo(calls);
    assertThat(second.logits()).containsExactly(first.logits());
    assertThat(second.cacheHits()).isEqualTo(20);
    assertThat(batches).hasSize(1);
    assertThat(second.results()).allMatch(ScoredPair::cached);

    r.rerank(QUERY, passages, RerankParams.defaults().withLanguage("fr_XX"), RerankListener.NONE,
        ProgressListener.NONE, CancelToken.none());
    assertThat(model.calls()).as("another language is another cache key").isGreaterThan(calls);
    r.rerank(QUERY, passages, RerankParams.defaults().withCache(false), RerankListener.NONE,
        ProgressListener.NONE, CancelToken.none());
    assertThat(model.rows()).isEqualTo(60);
  }

  @Test
  void longPassagesAreTruncatedAndReported() {
    List<String> passages = List.of("a ".repeat(100), "short one");
    RerankOutcome out = new CrossEncoderReranker(model, tokenizer, null).rerank(QUERY, passages,
        RerankParams.defaults().withMaxLength(40), RerankListener.NONE, ProgressListener.NONE, CancelToken.none());
    assertThat(out.results().get(0).tokens()).isEqualTo(40);
    assertThat(out.results().get(0).truncatedTokens()).isEqualTo(100 - (40 - 5 - 4));
    assertThat(out.results().get(1).truncatedTokens()).isZero();
  }

  @Test
  void preEncodedRowsAreCutAtTheMaxLengthKeepingTheLastSeparator() {
    int[] ids = new int[30];
    java.util.Arrays.fill(ids, 9);
    ids[0] = 0;
    ids[29] = 2;
    EncodedPair cut = CrossEncoderReranker.truncate(new EncodedPair(ids, 3, 23, 0), 20);
    assertThat(cut.ids()).hasSize(20);
    assertThat(cut.ids()[19]).isEqualTo(2);
    assertThat(cut.truncatedTokens()).isEqualTo(10);
    assertThat(cut.passageTokens()).isEqualTo(13);
  }

  @Test
  void progressCountsPairsWithElapsedTimeAndEta() {
    List<Progress> reports = new ArrayList<>();
    new CrossEncoderReranker(model, tokenizer, null).rerank(QUERY, TestPassages.passages(30, 4),
        RerankParams.defaults().withBatchTokens(300, 100), RerankListener.NONE, reports::add, CancelToken.none());
    assertThat(reports).hasSizeGreaterThan(2);
    assertThat(reports.getLast().done()).isEqualTo(30);
    assertThat(reports).allMatch(p -> p.total() == 30);
    assertThat(reports.stream().mapToLong(Progress::done).toArray()).isSorted();
    assertThat(reports.getFirst().eta()).isNotNull();
    assertThat(reports.getFirst().message()).contains("left");
  }

  @Test
  void unknownLanguageIsAClearError() {
    CrossEncoderReranker r = new CrossEncoderReranker(model, tokenizer, null);
    assertThatThrownBy(() -> r.rerank(QUERY, List.of("x"), RerankParams.defaults().withLanguage("xx_YY"),
        RerankListener.NONE, ProgressListener.NONE, CancelToken.none()))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("xx_YY").hasMessageContaining("fr_XX");
  }

  @Test
  void cancelledTokenStopsBeforeTheNextBatch() {
    CancelToken cancel = new CancelToken();
    model.beforeCall(n -> {
      if (n == 2) {
        cancel.cancel();
      }
    });
    assertThatThrownBy(() -> new CrossEncoderReranker(model, tokenizer, null).rerank(QUERY,
        TestPassages.passages(50, 5), RerankParams.defaults().withBatchTokens(300, 100), RerankListener.NONE,
        ProgressListener.NONE, cancel)).isInstanceOf(dev.relwb.core.CancelledException.class);
    assertThat(model.calls()).isEqualTo(2);
  }
}
