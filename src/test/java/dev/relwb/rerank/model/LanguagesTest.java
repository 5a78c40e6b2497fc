package dev.relwb.rerank.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relwb.core.WorkbenchException;
import java.util.List;
import org.junit.jupiter.api.Test;

/// What people type maps to the model's exact adapter codes (the 81 xmod-base languages).
class LanguagesTest {
  static final List<String> XMOD_81 = List.of("en_XX", "id_ID", "vi_VN", "ru_RU", "fa_IR", "sv_SE", "ja_XX", "fr_XX",
      "de_DE", "ro_RO", "ko_KR", "hu_HU", "es_XX", "fi_FI", "uk_UA", "da_DK", "pt_XX", "no_XX", "th_TH", "pl_PL",
      "bg_BG", "nl_XX", "zh_CN", "he_IL", "el_GR", "it_IT", "sk_SK", "hr_HR", "tr_TR", "ar_AR", "cs_CZ", "lt_LT",
      "hi_IN", "zh_TW", "ca_ES", "ms_MY", "sl_SI", "lv_LV", "ta_IN", "bn_IN", "et_EE", "az_AZ", "sq_AL", "sr_RS",
      "kk_KZ", "ka_GE", "tl_XX", "ur_PK", "is_IS", "hy_AM", "ml_IN", "mk_MK", "be_BY", "la_VA", "te_IN", "eu_ES",
      "gl_ES", "mn_MN", "kn_IN", "ne_NP", "sw_KE", "si_LK", "mr_IN", "af_ZA", "gu_IN", "cy_GB", "eo_EO", "km_KH",
      "ky_KG", "uz_UZ", "ps_AF", "pa_IN", "ga_IE", "ha_NG", "am_ET", "lo_LA", "ku_TR", "so_SO", "my_MM", "or_IN",
      "sa_IN");
  private final Languages langs = new Languages(XMOD_81, null);

  @Test
  void exactCodesIsoLocalesAndNames() {
    assertThat(List.of("fr_XX", "FR_xx", "fr-XX", "fr", "FR", "fr_FR", "fr-CA", "fra", "French", "french",
        "French — fr_XX")).allSatisfy(s -> assertThat(langs.resolve(s)).as(s).isEqualTo("fr_XX"));
    assertThat(langs.resolve("de")).isEqualTo("de_DE");
    assertThat(langs.resolve("German")).isEqualTo("de_DE");
    assertThat(langs.resolve("pt-BR")).isEqualTo("pt_XX");
    assertThat(langs.resolve("en-US")).isEqualTo("en_XX");
    assertThat(langs.resolve("iw")).isEqualTo("he_IL");
    assertThat(langs.resolve("nb")).isEqualTo("no_XX");
    assertThat(langs.resolve("Swahili")).isEqualTo("sw_KE");
  }

  @Test
  void chineseVariants() {
    assertThat(List.of("zh", "zh-CN", "zh_CN", "zh-Hans", "zh-Hans-CN", "Chinese", "zh-SG"))
        .allSatisfy(s -> assertThat(langs.resolve(s)).as(s).isEqualTo("zh_CN"));
    assertThat(List.of("zh-TW", "zh_TW", "zh-Hant", "zh-HK", "Chinese (Traditional)"))
        .allSatisfy(s -> assertThat(langs.resolve(s)).as(s).isEqualTo("zh_TW"));
  }

  @Test
  void everyCodeHasADisplayNameThatResolvesBack() {
    assertThat(langs.displayNames()).hasSize(81);
    for (String c : XMOD_81) {
      assertThat(Languages.englishName(c)).as(c).isNotEqualTo(c).isNotBlank();
      assertThat(langs.resolve(Languages.displayName(c))).isEqualTo(c);
      assertThat(langs.resolve(Languages.englishName(c))).as(Languages.englishName(c)).isEqualTo(c);
      if (!c.startsWith("zh")) {
        assertThat(langs.resolve(c.substring(0, 2))).isEqualTo(c);
      }
    }
    assertThat(Languages.displayName("fr_XX")).isEqualTo("French — fr_XX");
    assertThat(Languages.displayName("zh_TW")).isEqualTo("Chinese (Traditional) — zh_TW");
    assertThat(Languages.englishName("he_IL")).isEqualTo("Hebrew");
  }

  @Test
  void defaultsAndUnknownInput() {
    assertThat(langs.defaultCode()).isEqualTo("en_XX");
    assertThat(langs.resolve(null)).isEqualTo("en_XX");
    assertThat(new Languages(XMOD_81, "de_DE").resolve(" ")).isEqualTo("de_DE");
    assertThat(langs.id("de_DE")).isEqualTo(8);
    assertThatThrownBy(() -> langs.resolve("Klingon")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("no adapter for language 'Klingon'").hasMessageContaining("closest codes:");
    assertThatThrownBy(() -> new Languages(List.of("en_XX", "de_DE"), null).resolve("fr_FR"))
        .isInstanceOf(WorkbenchException.class).hasMessageContaining("'fr_FR'");
  }
}
