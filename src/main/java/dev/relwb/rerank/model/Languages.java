package dev.relwb.rerank.model;

import dev.relwb.core.WorkbenchException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// The adapter languages of one model (from `config.json`, in lang-id order) and the mapping from
/// what people type to an exact code: the code itself (`fr_XX`, any case, `-` or `_`), ISO 639-1/2
/// (`fr`, `fra`), locales (`fr_FR`, `fr-CA`, `FR`), English names (`French`), and the UI's display
/// form (`French — fr_XX`). `zh`, `zh-CN`, `zh-Hans` map to `zh_CN`; `zh-TW`, `zh-Hant`, `zh-HK` to
/// `zh_TW`. Unknown input is an error that lists the closest codes.
public final class Languages {
  /// Fallback default when the config has no `default_language`.
  public static final String FALLBACK_DEFAULT = "en_XX";

  private static final Map<String, String> ALIASES = Map.of("iw", "he", "in", "id", "nb", "no", "nn", "no",
      "fil", "tl", "ji", "yi");

  private final List<String> codes;
  private final String defaultCode;

  /// Languages of a model; `defaultLanguage` may be null (then `en_XX`, or the first code if absent).
  public Languages(List<String> codes, String defaultLanguage) {
    this.codes = List.copyOf(codes);
    if (defaultLanguage != null) {
      this.defaultCode = defaultLanguage;
    } else {
      this.defaultCode = codes.contains(FALLBACK_DEFAULT) ? FALLBACK_DEFAULT : codes.getFirst();
    }
  }

  /// The codes in lang-id order.
  public List<String> codes() {
    return codes;
  }

  /// The default language code.
  public String defaultCode() {
    return defaultCode;
  }

  /// The lang id (index in `config.languages`) of an exact code.
  public int id(String code) {
    int i = codes.indexOf(code);
    if (i < 0) {
      throw new WorkbenchException("The model has no adapter for language '" + code + "'");
    }
    return i;
  }

  /// Maps user input to an exact code; null or blank gives the default.
  public String resolve(String input) {
    if (input == null || input.isBlank()) {
      return defaultCode;
    }
    String s = input.strip();
    int dash = s.lastIndexOf(" — ");
    if (dash >= 0) {
      s = s.substring(dash + 3).strip();
    }
    for (String c : codes) {
      if (c.equalsIgnoreCase(s) || c.equalsIgnoreCase(s.replace('-', '_'))) {
        return c;
      }
    }
    String viaChinese = chinese(s);
    if (viaChinese != null && codes.contains(viaChinese)) {
      return viaChinese;
    }
    String lang = languagePart(s);
    List<String> byLang = codes.stream().filter(c -> languagePart(c).equals(lang)).toList();
    if (byLang.size() == 1) {
      return byLang.getFirst();
    }
    for (String c : codes) {
      if (englishName(c).equalsIgnoreCase(s) || displayName(c).equalsIgnoreCase(s)) {
        return c;
      }
    }
    throw new WorkbenchException("The model has no adapter for language '" + input + "'; closest codes: "
        + String.join(", ", closest(s, 5)) + " (run with a code from the model's config.json languages)");
  }

  private static String chinese(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace('_', '-');
    if (t.equals("zh") || t.equals("chinese") || t.startsWith("zh-cn") || t.startsWith("zh-hans")
        || t.startsWith("zh-sg") || t.equals("zho") || t.equals("chi")) {
      return "zh_CN";
    }
    if (t.startsWith("zh-tw") || t.startsWith("zh-hant") || t.startsWith("zh-hk") || t.startsWith("zh-mo")) {
      return "zh_TW";
    }
    return null;
  }

  /// The lowercase ISO 639-1 language part of a code or locale (`fr_XX`, `fr-CA`, `fra` → `fr`).
  static String languagePart(String s) {
    String first = s.split("[-_ ]", 2)[0].toLowerCase(Locale.ROOT);
    first = ALIASES.getOrDefault(first, first);
    if (first.length() == 3) {
      for (String iso : Locale.getISOLanguages()) {
        if (Locale.of(iso).getISO3Language().equals(first)) {
          return iso;
        }
      }
    }
    return first;
  }

  /// English name of a code's language, e.g. `French`; `zh_CN`/`zh_TW` get their script.
  public static String englishName(String code) {
    if (code.equals("zh_CN")) {
      return "Chinese (Simplified)";
    }
    if (code.equals("zh_TW")) {
      return "Chinese (Traditional)";
    }
    String lang = languagePart(code);
    String name = Locale.of(lang).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equalsIgnoreCase(lang) ? code : name;
  }

  /// The UI form, e.g. `French — fr_XX`.
  public static String displayName(String code) {
    return englishName(code) + " — " + code;
  }

  /// Display names of every code, in lang-id order.
  public Map<String, String> displayNames() {
    Map<String, String> m = new LinkedHashMap<>();
    codes.forEach(c -> m.put(c, displayName(c)));
    return m;
  }

  /// The `n` codes closest to `s` by edit distance over code and English name.
  public List<String> closest(String s, int n) {
    String q = s.toLowerCase(Locale.ROOT);
    List<String> sorted = new ArrayList<>(codes);
    sorted.sort(Comparator.comparingInt((String c) -> Math.min(
        distance(q, c.toLowerCase(Locale.ROOT)), Math.min(distance(q, languagePart(c)),
            distance(q, englishName(c).toLowerCase(Locale.ROOT))))).thenComparing(codes::indexOf));
    return sorted.subList(0, Math.min(n, sorted.size()));
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
