package dev.relwb.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.relwb.core.WorkbenchException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/// Detects the language of a text as an ISO 639-1 code (`en`, `de`, `zh`, …), or `und` when unsure.
///
/// Scripts that name their language (Han/Kana, Hangul, Thai, Lao, Khmer, Myanmar) are decided by
/// counting characters; everything else goes to the Optimaize n-gram detector (71 built-in
/// profiles, about 1.9 MB), loaded on first use. Thread-safe; share one instance.
public final class LanguageDetector {
  /// The code for "could not tell".
  public static final String UNDETERMINED = "und";
  private static final int SAMPLE_CHARS = 4000;

  private volatile com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory shortText = CommonTextObjectFactories.forDetectingShortCleanText();
  private final TextObjectFactory longText = CommonTextObjectFactories.forDetectingOnLargeText();

  /// A detector; the profiles are loaded on the first detection that needs them.
  public LanguageDetector() { }

  private com.optimaize.langdetect.LanguageDetector detector() {
    com.optimaize.langdetect.LanguageDetector d = detector;
    if (d == null) {
      synchronized (this) {
        if (detector == null) {
          try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
          } catch (IOException e) {
            throw new WorkbenchException("Cannot load the language profiles of the language detector", e);
          }
        }
        d = detector;
      }
    }
    return d;
  }

  /// The language of `text`, or `und`.
  public String detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    String byScript = byScript(sample);
    if (byScript != null) {
      return byScript;
    }
    TextObjectFactory f = sample.length() < 200 ? shortText : longText;
    List<DetectedLanguage> probs = detector().getProbabilities(f.forText(sample));
    if (probs.isEmpty() || probs.getFirst().getProbability() < 0.5) {
      return UNDETERMINED;
    }
    return normalize(probs.getFirst().getLocale().getLanguage());
  }

  /// Maps codes like `zh-CN`, `zh_TW`, `EN` to their ISO 639-1 base (`zh`, `en`).
  public static String normalize(String code) {
    String c = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = c.indexOf('-');
    return dash > 0 ? c.substring(0, dash) : c;
  }

  /// The language implied by the dominant script, or null when the script does not decide it.
  static String byScript(String text) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int letters = 0;
    int[] se = new int[4];
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(cp)) {
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case THAI -> se[0]++;
        case LAO -> se[1]++;
        case KHMER -> se[2]++;
        case MYANMAR -> se[3]++;
        default -> { }
      }
    }
    if (letters == 0) {
      return null;
    }
    String[] seCodes = {"th", "lo", "km", "my"};
    for (int k = 0; k < 4; k++) {
      if (se[k] * 2 > letters) {
        return seCodes[k];
      }
    }
    if (hangul * 2 > letters) {
      return "ko";
    }
    if ((han + kana) * 2 > letters) {
      return kana * 10 > han + kana ? "ja" : "zh";
    }
    return null;
  }
}
