package dev.relwb.bench;

import dev.relwb.core.WorkbenchException;
import dev.relwb.rerank.model.RandomXmodCheckpoint;
import dev.relwb.rerank.model.XmodConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// Random xmod-base-shaped checkpoints for benchmarks, written once into a folder and reused.
/// Random weights cost exactly the compute of the real ones.
public final class BenchModels {
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
