package dev.relwb.index;

import dev.relwb.ingest.LanguageDetector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/// One Lucene analyzer per language, and the field each language is indexed into.
///
/// Languages with a stemming analyzer in `lucene-analysis-common` get it (default stop words and
/// stemmer); `zh`/`ja`/`ko` get `CJKAnalyzer` (bigrams); `th` the `ThaiAnalyzer`; `lo`/`km`/`my`
/// ICU segmentation with NFKC case folding; every other language (and `und`) shares
/// `StandardAnalyzer` under the key `std`. Each key has its own field `body_<key>`, so a
/// mixed-language corpus keeps every document analysed the way its language needs, and
/// `wrapper()` (a `PerFieldAnalyzerWrapper`) routes each field to its analyzer. Thread-safe.
public final class AnalyzerFactory {
  /// The key (and field suffix) shared by languages without a dedicated analyzer.
  public static final String STANDARD = "std";

  private static final Map<String, Supplier<Analyzer>> BUILDERS = builders();
  private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();
  private final PerFieldAnalyzerWrapper wrapper;

  /// Builds every analyzer once.
  public AnalyzerFactory() {
    Map<String, Analyzer> perField = new LinkedHashMap<>();
    BUILDERS.forEach((key, b) -> {
      Analyzer a = b.get();
      analyzers.put(key, a);
      perField.put(Fields.body(key), a);
    });
    wrapper = new PerFieldAnalyzerWrapper(analyzers.get(STANDARD), perField);
  }

  private static Map<String, Supplier<Analyzer>> builders() {
    Map<String, Supplier<Analyzer>> m = new LinkedHashMap<>();
    m.put("en", EnglishAnalyzer::new);
    m.put("de", GermanAnalyzer::new);
    m.put("es", SpanishAnalyzer::new);
    m.put("fr", FrenchAnalyzer::new);
    m.put("it", ItalianAnalyzer::new);
    m.put("pt", PortugueseAnalyzer::new);
    m.put("nl", DutchAnalyzer::new);
    m.put("sv", SwedishAnalyzer::new);
    m.put("da", DanishAnalyzer::new);
    m.put("no", NorwegianAnalyzer::new);
    m.put("fi", FinnishAnalyzer::new);
    m.put("ru", RussianAnalyzer::new);
    m.put("ar", ArabicAnalyzer::new);
    m.put("fa", PersianAnalyzer::new);
    m.put("hi", HindiAnalyzer::new);
    m.put("tr", TurkishAnalyzer::new);
    m.put("el", GreekAnalyzer::new);
    m.put("cs", CzechAnalyzer::new);
    m.put("hu", HungarianAnalyzer::new);
    m.put("ro", RomanianAnalyzer::new);
    m.put("bg", BulgarianAnalyzer::new);
    m.put("ca", CatalanAnalyzer::new);
    m.put("eu", BasqueAnalyzer::new);
    m.put("gl", GalicianAnalyzer::new);
    m.put("hy", ArmenianAnalyzer::new);
    m.put("id", IndonesianAnalyzer::new);
    m.put("ga", IrishAnalyzer::new);
    m.put("lv", LatvianAnalyzer::new);
    m.put("lt", LithuanianAnalyzer::new);
    m.put("et", EstonianAnalyzer::new);
    m.put("sr", SerbianAnalyzer::new);
    m.put("bn", BengaliAnalyzer::new);
    m.put("ckb", SoraniAnalyzer::new);
    m.put("ne", NepaliAnalyzer::new);
    m.put("ta", TamilAnalyzer::new);
    m.put("te", TeluguAnalyzer::new);
    m.put("zh", CJKAnalyzer::new);
    m.put("ja", CJKAnalyzer::new);
    m.put("ko", CJKAnalyzer::new);
    m.put("th", ThaiAnalyzer::new);
    m.put("lo", AnalyzerFactory::icu);
    m.put("km", AnalyzerFactory::icu);
    m.put("my", AnalyzerFactory::icu);
    m.put(STANDARD, StandardAnalyzer::new);
    return m;
  }

  private static Analyzer icu() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new ICUTokenizer();
        TokenStream s = new ICUNormalizer2Filter(new LowerCaseFilter(t));
        return new TokenStreamComponents(t, s);
      }
    };
  }

  /// The analyzer key for a language code (`en`, `de-AT`, `zh_CN`, …; `std` when none is dedicated).
  public String key(String language) {
    if (language == null || language.isBlank()) {
      return STANDARD;
    }
    String code = LanguageDetector.normalize(language);
    String alias = switch (code) {
      case "nb", "nn" -> "no";
      case "in" -> "id";
      default -> code;
    };
    return analyzers.containsKey(alias) ? alias : STANDARD;
  }

  /// The analyzer for an analyzer key.
  public Analyzer forKey(String key) {
    return analyzers.getOrDefault(key, analyzers.get(STANDARD));
  }

  /// A readable name of the analyzer of `key`, e.g. `EnglishAnalyzer`.
  public String analyzerName(String key) {
    Analyzer a = forKey(key);
    String n = a.getClass().getSimpleName();
    return n.isEmpty() ? "ICU segmentation" : n;
  }

  /// The index-time analyzer: each `body_<key>` field with its language's analyzer.
  public Analyzer wrapper() {
    return wrapper;
  }
}
