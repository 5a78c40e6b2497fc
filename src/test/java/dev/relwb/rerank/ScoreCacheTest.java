package dev.relwb.rerank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCacheTest {
  @TempDir
  Path dir;

  private static ScoreKey key(int i) {
    return ScoreKey.of("model@1", "en_XX", 512, new int[] {0, i, 2, 2, i + 1, 2});
  }

  @Test
  void keyDependsOnEveryPart() {
    int[] ids = {0, 5, 2, 2, 6, 2};
    ScoreKey k = ScoreKey.of("m", "en_XX", 512, ids);
    assertThat(ScoreKey.of("m", "en_XX", 512, ids.clone())).isEqualTo(k);
    assertThat(ScoreKey.of("m2", "en_XX", 512, ids)).isNotEqualTo(k);
    assertThat(ScoreKey.of("m", "fr_XX", 512, ids)).isNotEqualTo(k);
    assertThat(ScoreKey.of("m", "en_XX", 256, ids)).isNotEqualTo(k);
    assertThat(ScoreKey.of("m", "en_XX", 512, new int[] {0, 5, 2, 2, 7, 2})).isNotEqualTo(k);
    assertThat(k.toString()).hasSize(64);
  }

  @Test
  void persistentCacheSurvivesARestart() {
    Path file = dir.resolve("scores.sqlite");
    try (ScoreCache c = ScoreCache.persistent(file, 10, 1000)) {
      c.putAll(Map.of(key(1), 1.25f, key(2), -3.5f));
    }
    try (ScoreCache c = ScoreCache.persistent(file, 10, 1000)) {
      Map<ScoreKey, Float> found = c.getAll(List.of(key(1), key(2), key(3)));
      assertThat(found).containsEntry(key(1), 1.25f).containsEntry(key(2), -3.5f).hasSize(2);
      assertThat(c.hits()).isEqualTo(2);
      assertThat(c.misses()).isEqualTo(1);
    }
  }

  @Test
  void corruptedCacheFileIsDiscardedNotFatal() throws Exception {
    Path file = dir.resolve("scores.sqlite");
    byte[] junk = new byte[8192];
    new java.util.Random(42).nextBytes(junk);
    Files.write(file, junk);
    try (ScoreCache c = ScoreCache.persistent(file, 10, 1000)) {
      assertThat(c.getAll(List.of(key(1)))).isEmpty();
      c.putAll(Map.of(key(1), 0.5f));
    }
    try (ScoreCache c = ScoreCache.persistent(file, 10, 1000)) {
      assertThat(c.getAll(List.of(key(1)))).containsEntry(key(1), 0.5f);
    }
  }

  @Test
  void aValidDatabaseTruncatedMidFileIsDiscarded() throws Exception {
    Path file = dir.resolve("scores.sqlite");
    try (ScoreCache c = ScoreCache.persistent(file, 10, 100_000)) {
      Map<ScoreKey, Float> many = new HashMap<>();
      for (int i = 0; i < 5000; i++) {
        many.put(key(i), i / 10f);
      }
      c.putAll(many);
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, 3000));
    try (ScoreCache c = ScoreCache.persistent(file, 10, 100_000)) {
      c.getAll(List.of(key(1), key(4000)));
      c.putAll(Map.of(key(9_999), 1f));
      assertThat(c.getAll(List.of(key(9_999)))).containsEntry(key(9_999), 1f);
    }
  }

  @Test
  void diskStoreIsBoundedAndKeepsTheRecent() {
    Path file = dir.resolve("scores.sqlite");
    try (ScoreCache c = ScoreCache.persistent(file, 10, 100)) {
      for (int i = 0; i < 300; i++) {
        c.putAll(Map.of(key(i), (float) i));
      }
      assertThat(c.diskSize()).isLessThanOrEqualTo(100);
      assertThat(c.getAll(List.of(key(299)))).containsEntry(key(299), 299f);
    }
    try (ScoreCache c = ScoreCache.persistent(file, 10, 100)) {
      assertThat(c.getAll(List.of(key(0)))).isEmpty();
    }
  }

  @Test
  void memoryLevelIsAnLru() {
    ScoreCache c = ScoreCache.inMemory(2);
    c.putAll(Map.of(key(1), 1f));
    c.putAll(Map.of(key(2), 2f));
    c.getAll(List.of(key(1)));
    c.putAll(Map.of(key(3), 3f));
    assertThat(c.getAll(List.of(key(1), key(2), key(3)))).containsOnlyKeys(key(1), key(3));
  }
}
