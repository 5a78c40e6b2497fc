package dev.relwb.ui;

import dev.relwb.search.Hit;
import dev.relwb.service.MaxPInput;
import java.util.List;
import java.util.Map;

/// The MaxP side of `FakePorts`: d1, d8 and d10 have a second passage. d1's scores below its first
/// (0.3), d8's above its first (0.6), and d10's the same as its first (the earlier passage wins the
/// tie). Scores follow `FakePorts.fakeScore` (German inverts them).
public final class FakePassages {
  /// Second passages by document id.
  public static final Map<String, String> SECOND_PASSAGES = Map.of(
      "d1", "Spring tides are the strongest tides of the month.",
      "d8", "Storm surges at high tide push the ocean far inland.",
      "d10", "Fishers also read the ocean tides from the moon.");

  private FakePassages() { }

  /// The MaxP input of document hit `d`: itself, then its second passage if it has one (at most `cap`).
  static MaxPInput.Document of(Hit d, int cap) {
    String text = SECOND_PASSAGES.get(d.docId());
    if (text == null || cap < 2) {
      return new MaxPInput.Document(d, List.of(d));
    }
    Hit second = new Hit(0, d.docId() + "#1", d.docId(), 1, 2, d.title(), text, d.path(), "en", d.end() + 1,
        d.end() + 1 + text.length(), 0, null, null);
    return new MaxPInput.Document(d, List.of(d, second));
  }

  /// The fake cross-encoder score of passage `text` of `doc` (its first passage, or its second one).
  public static double score(String doc, String text, String lang) {
    if (!text.equals(SECOND_PASSAGES.get(doc))) {
      return FakePorts.fakeScore(doc, lang);
    }
    double base = switch (doc) {
      case "d1" -> 0.3;
      case "d8" -> 0.6;
      default -> FakePorts.fakeScore(doc, "en_XX");
    };
    return lang.startsWith("de") ? 1 - base : base;
  }

  /// The MaxP score of `doc`: its best passage's.
  public static double documentScore(String doc, String lang) {
    String second = SECOND_PASSAGES.get(doc);
    return Math.max(FakePorts.fakeScore(doc, lang), second == null ? 0 : score(doc, second, lang));
  }
}
