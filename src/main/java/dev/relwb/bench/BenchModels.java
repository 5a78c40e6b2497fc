package dev.relwb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.relwb.core.Json;
import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.EncodedPair;
import dev.relwb.rerank.model.Family;
import dev.relwb.rerank.model.RandomXmodCheckpoint;
import dev.relwb.rerank.model.XmodConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/// Random checkpoints of real model shapes for benchmarks (`--random`), written once into a folder and
/// reused, and the bundled workload adapted to a model's vocabulary. Random weights cost exactly the
/// compute of the real ones. One writer ([RandomXmodCheckpoint]) serves every shape: the family in the
/// config decides the key names.
public final class BenchModels {
  /// The `--random` shapes, each a full-size config with its family's real key names.
  public enum RandomShape {
    /// bert-base-uncased as a cross-encoder: 12 layers, hidden 768, 12 heads, feed-forward 3072,
    /// vocab 30522, 512 positions, 2 token types.
    BERT_BASE("bert-base"),
    /// cross-encoder/ms-marco-MiniLM-L6-v2: BERT with 6 layers, hidden 384, 12 heads, feed-forward 1536.
    MINILM_L6("minilm-l6"),
    /// xlm-roberta-base as a cross-encoder: 12 layers, hidden 768, 12 heads, feed-forward 3072,
    /// vocab 250002, 514 positions.
    XLMR_BASE("xlmr-base"),
    /// BAAI/bge-reranker-v2-m3 (XLM-R large): 24 layers, hidden 1024, 16 heads, feed-forward 4096,
    /// vocab 250002, 8194 positions.
    XLMR_LARGE("xlmr-large"),
    /// facebook/xmod-base (mono-XM) with its first two adapter languages.
    XMOD_BASE("xmod-base");

    private final String preset;

    RandomShape(String preset) {
      this.preset = preset;
    }

    /// The `--random` value.
    public String preset() {
      return preset;
    }

    /// The full-size config of this shape (one label, sigmoid, as the cross-encoders have).
    public XmodConfig config() {
      return switch (this) {
        case BERT_BASE -> XmodConfig.plain(Family.BERT, 30522, 768, 12, 12, 3072, 512, 1);
        case MINILM_L6 -> XmodConfig.plain(Family.BERT, 30522, 384, 6, 12, 1536, 512, 1);
        case XLMR_BASE -> XmodConfig.plain(Family.XLM_R, 250002, 768, 12, 12, 3072, 514, 1);
        case XLMR_LARGE -> XmodConfig.plain(Family.XLM_R, 250002, 1024, 24, 16, 4096, 8194, 1);
        case XMOD_BASE -> XmodConfig.xmodBase(XMOD_LANGUAGES.subList(0, 2));
      };
    }

    /// The cache folder name (xmod-base keeps the name `relwb bench load` gives two languages).
    public String folder() {
      return this == XMOD_BASE ? "xmod-base-2lang" : preset;
    }

    /// The shape of a `--random` value (case-insensitive), or an error listing the values.
    public static RandomShape of(String preset) {
      String p = preset == null ? "" : preset.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(s -> s.preset.equals(p)).findFirst()
          .orElseThrow(() -> new WorkbenchException("Unknown --random preset '" + preset + "': use one of "
              + Arrays.stream(values()).map(RandomShape::preset).collect(Collectors.joining(", "))));
    }
  }

  /// `[CLS]` and `[SEP]` of the BERT uncased WordPiece vocabulary (bert-base-uncased, MiniLM).
  static final int BERT_CLS = 101;
  static final int BERT_SEP = 102;

  /// The 81 adapter languages of facebook/xmod-base (and mono-XM), in config order.
  public static final List<String> XMOD_LANGUAGES = List.of(
      "en_XX", "id_ID", "vi_VN", "ru_RU", "fa_IR", "sv_SE", "ja_XX", "fr_XX", "de_DE", "ro_RO",
      "ko_KR", "hu_HU", "es_XX", "fi_FI", "uk_UA", "da_DK", "pt_XX", "no_XX", "th_TH", "pl_PL",
      "bg_BG", "nl_XX", "zh_CN", "he_IL", "el_GR", "it_IT", "sk_SK", "hr_HR", "tr_TR", "ar_AR",
      "cs_CZ", "lt_LT", "hi_IN", "zh_TW", "ca_ES", "ms_MY", "sl_SI", "lv_LV", "ta_IN", "bn_IN",
      "et_EE", "az_AZ", "sq_AL", "sr_RS", "kk_KZ", "ka_GE", "tl_XX", "ur_PK", "is_IS", "hy_AM",
      "ml_IN", "mk_MK", "be_BY", "la_VA", "te_IN", "eu_ES", "gl_ES", "mn_MN", "kn_IN", "ne_NP",
      "sw_KE", "si_LK", "mr_IN", "af_ZA", "gu_IN", "cy_GB", "eo_EO", "km_KH", "ky_KG", "uz_UZ",
      "ps_AF", "pa_IN", "ga_IE", "ha_NG", "am_ET", "lo_LA", "ku_TR", "so_SO", "my_MM", "or_IN",
      "sa_IN");
  private static final String DONE = ".complete";
  private static final long SEED = 7;

  private BenchModels() { }

  /// A checkpoint of `shape` in `dir`: written unless a complete one of that shape is already there.
  /// Returns true when it was written now.
  public static boolean ensureRandom(Path dir, RandomShape shape) {
    if (shape == RandomShape.XMOD_BASE) {
      return ensureRandomXmodBase(dir, 2);
    }
    Path marker = dir.resolve(DONE);
    String expected = "shape=" + shape.preset();
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(expected)) {
        return false;
      }
      Files.deleteIfExists(marker);
      RandomXmodCheckpoint.write(dir, shape.config(), SEED);
      Files.writeString(marker, expected);
      return true;
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the " + shape.preset() + " benchmark checkpoint in " + dir + ": "
          + e.getMessage(), e);
    }
  }

  /// The bundled workload (XLM-R ids: `[0] + q + [2, 2] + p + [2]`, every id below 250002) for the model
  /// whose `config.json` is `configJson`, read leniently (a config without `model_type` or `vocab_size`
  /// keeps the pairs as they are):
  /// - BERT (`model_type` "bert"): each pair becomes `[CLS] q' [SEP] p' [SEP]` (101 and 102, the uncased
  ///   WordPiece specials) with every content id taken modulo `vocab_size`, and token type ids 0 up to
  ///   and including the first `[SEP]`, 1 after (what the tokenizer gives, and what the model derives
  ///   itself when none are passed; given explicitly so a content id equal to 102 cannot move the split).
  ///   One separator fewer than XLM-R, as with the real tokenizers.
  /// - Other families: ids at or above `vocab_size` are taken modulo it (none for a 250002 vocab).
  /// Query and passage token counts stay the same, so every family scores the same content lengths.
  public static List<EncodedPair> forModel(List<EncodedPair> pairs, Path configJson) {
    JsonNode c;
    try {
      c = Json.mapper().readTree(configJson.toFile());
    } catch (IOException e) {
      throw new WorkbenchException("Cannot read " + configJson + ": " + e.getMessage(), e);
    }
    int vocab = c.path("vocab_size").asInt(0);
    boolean bert = Family.ofModelType(c.path("model_type").asText(null)).orElse(null) == Family.BERT;
    if (vocab <= 0) {
      return pairs;
    }
    return pairs.stream().map(p -> bert ? bertPair(p, vocab) : inVocabulary(p, vocab)).toList();
  }

  private static EncodedPair bertPair(EncodedPair p, int vocab) {
    int q = p.queryTokens();
    int n = p.passageTokens();
    int[] src = p.ids();
    int[] ids = new int[q + n + 3];
    int[] types = new int[ids.length];
    ids[0] = BERT_CLS % vocab;
    for (int i = 0; i < q; i++) {
      ids[1 + i] = src[1 + i] % vocab;
    }
    ids[q + 1] = BERT_SEP % vocab;
    for (int i = 0; i < n; i++) {
      ids[q + 2 + i] = src[q + 3 + i] % vocab;
      types[q + 2 + i] = 1;
    }
    ids[ids.length - 1] = BERT_SEP % vocab;
    types[ids.length - 1] = 1;
    return new EncodedPair(ids, q, n, p.truncatedTokens(), types);
  }

  private static EncodedPair inVocabulary(EncodedPair p, int vocab) {
    if (Arrays.stream(p.ids()).allMatch(id -> id < vocab)) {
      return p;
    }
    return new EncodedPair(Arrays.stream(p.ids()).map(id -> id % vocab).toArray(), p.queryTokens(),
        p.passageTokens(), p.truncatedTokens(), p.typeIds());
  }

  /// A checkpoint in `dir` with the first `languages` codes: written unless a complete one with the
  /// same language count is already there. Returns true when it was written now.
  public static boolean ensureRandomXmodBase(Path dir, int languages) {
    if (languages < 1 || languages > XMOD_LANGUAGES.size()) {
      throw new WorkbenchException("--languages must be between 1 and " + XMOD_LANGUAGES.size() + " (got "
          + languages + ")");
    }
    Path marker = dir.resolve(DONE);
    String expected = "languages=" + languages;
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(expected)) {
        return false;
      }
      Files.deleteIfExists(marker);
      RandomXmodCheckpoint.write(dir, XmodConfig.xmodBase(XMOD_LANGUAGES.subList(0, languages)), SEED);
      Files.writeString(marker, expected);
      return true;
    } catch (IOException e) {
      throw new WorkbenchException("Cannot write the benchmark checkpoint in " + dir + ": " + e.getMessage()
          + " (it needs about " + (1_050 + 28 * languages) + " MB of disk)", e);
    }
  }
}
