package dev.relwb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private final LanguageDetector d = new LanguageDetector();

  @Test
  void detectsCommonLanguagesFromASentence() {
    assertThat(d.detect("The committee published its annual report on water quality in the river basin."))
        .isEqualTo("en");
    assertThat(d.detect("Der Ausschuss hat seinen Jahresbericht über die Wasserqualität im Flussgebiet veröffentlicht."))
        .isEqualTo("de");
    assertThat(d.detect("El comité publicó su informe anual sobre la calidad del agua en la cuenca del río."))
        .isEqualTo("es");
    assertThat(d.detect("Комитет опубликовал свой ежегодный доклад о качестве воды в бассейне реки.")).isEqualTo("ru");
  }

  @Test
  void scriptsDecideCjkAndThai() {
    assertThat(d.detect("北京是中华人民共和国的首都")).isEqualTo("zh");
    assertThat(d.detect("東京は日本の首都です")).isEqualTo("ja");
    assertThat(d.detect("서울은 한국의 수도입니다")).isEqualTo("ko");
    assertThat(d.detect("กรุงเทพมหานครเป็นเมืองหลวงของประเทศไทย")).isEqualTo("th");
  }

  @Test
  void noLettersIsUndetermined() {
    assertThat(d.detect("12345 !!!")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(LanguageDetector.normalize("zh_CN")).isEqualTo("zh");
  }
}
