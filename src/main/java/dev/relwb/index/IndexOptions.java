package dev.relwb.index;

import dev.relwb.ingest.LanguageDetector;
import dev.relwb.ingest.PassageSplitter;

/// How the `Indexer` turns documents into passages: the splitter, the detector used when a
/// document has no language, the fallback language when detection is unsure, and how many
/// passages may be buffered between commits.
public record IndexOptions(PassageSplitter splitter, LanguageDetector detector, String fallbackLanguage,
    int commitEveryPassages) {

  /// Default passages, `en` fallback, a commit every 50,000 passages.
  public static IndexOptions defaults(LanguageDetector detector) {
    return new IndexOptions(PassageSplitter.defaults(), detector, "en", 50_000);
  }
}
