package dev.relwb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuerySyntaxTest {
  @Test
  void questionsAreWordsAndOperatorsAreSyntax() {
    assertThat(LuceneBm25Searcher.usesSyntax("How many points did the Panthers defense surrender?")).isFalse();
    assertThat(LuceneBm25Searcher.usesSyntax("state-of-the-art retrieval")).isFalse();
    assertThat(LuceneBm25Searcher.usesSyntax("\"boundary layer\"")).isTrue();
    assertThat(LuceneBm25Searcher.usesSyntax("shock -waves")).isTrue();
    assertThat(LuceneBm25Searcher.usesSyntax("+shock waves")).isTrue();
    assertThat(LuceneBm25Searcher.usesSyntax("shock AND waves")).isTrue();
    assertThat(LuceneBm25Searcher.usesSyntax("flow*")).isTrue();
    assertThat(LuceneBm25Searcher.usesSyntax("shock (waves")).isTrue();
  }
}
