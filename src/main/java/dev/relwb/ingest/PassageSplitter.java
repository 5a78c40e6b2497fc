package dev.relwb.ingest;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.List;

/// Splits a document text into overlapping passages of about `words` words.
///
/// Windows start every `words × (1 − overlap)` words and always end on a word boundary, so no word
/// is cut. Words are whitespace-separated runs, except in texts with scripts written without
/// spaces (Han, Kana, Hangul, Thai, Lao, Khmer, Myanmar), where ICU word segments are counted
/// (a Chinese segment is one or a few characters). A text of at most `words` words is one passage.
/// `words = 0` disables splitting.
public final class PassageSplitter {
  private final int words;
  private final int stride;

  /// A splitter with passages of `words` words and an `overlap` fraction in [0, 0.9].
  public PassageSplitter(int words, double overlap) {
    if (words < 0 || overlap < 0 || overlap > 0.9) {
      throw new WorkbenchException("Passage settings out of range: words must be >= 0 (0 = no splitting) "
          + "and overlap between 0 and 0.9, not " + words + " and " + overlap);
    }
    this.words = words;
    this.stride = Math.max(1, (int) Math.round(words * (1 - overlap)));
  }

  /// The default: about 200 words with 50% overlap.
  public static PassageSplitter defaults() {
    return new PassageSplitter(200, 0.5);
  }

  /// The passages of document `docId` with text `text` (one empty passage for an empty text).
  public List<Passage> split(String docId, String text) {
    if (words == 0) {
      return List.of(new Passage(docId, 0, 0, text.length(), text));
    }
    int[] bounds = needsSegmenter(text) ? icuWords(text) : spaceWords(text);
    int n = bounds.length / 2;
    if (n <= words) {
      return List.of(new Passage(docId, 0, 0, text.length(), text));
    }
    List<Passage> out = new ArrayList<>();
    for (int s = 0; ; s += stride) {
      int e = Math.min(s + words, n);
      int start = bounds[2 * s];
      int end = bounds[2 * e - 1];
      out.add(new Passage(docId, out.size(), start, end, text.substring(start, end)));
      if (e == n) {
        return out;
      }
    }
  }

  private static boolean needsSegmenter(String text) {
    int limit = Math.min(text.length(), 2000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (c < 0x0E00) {
        continue; // Latin, Greek, Cyrillic, Arabic, Indic…: words are separated by spaces
      }
      switch (Character.UnicodeScript.of(c)) {
        case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  /// Start/end pairs of whitespace-separated words.
  private static int[] spaceWords(String text) {
    int[] b = new int[64];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      while (i < len && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      int s = i;
      while (i < len && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (n + 2 > b.length) {
        b = java.util.Arrays.copyOf(b, b.length * 2);
      }
      b[n++] = s;
      b[n++] = i;
    }
    return java.util.Arrays.copyOf(b, n);
  }

  /// Start/end pairs of ICU word segments (punctuation and spaces are not counted as words).
  private static int[] icuWords(String text) {
    BreakIterator it = BreakIterator.getWordInstance(ULocale.ROOT);
    it.setText(text);
    int[] b = new int[64];
    int n = 0;
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() == BreakIterator.WORD_NONE) {
        continue;
      }
      if (n + 2 > b.length) {
        b = java.util.Arrays.copyOf(b, b.length * 2);
      }
      b[n++] = start;
      b[n++] = end;
    }
    return java.util.Arrays.copyOf(b, n);
  }
}
