package dev.relwb.ui.search;

import dev.relwb.service.LanguageOption;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/// The adapter-language dropdown's choices: *Auto* first, then a model's languages.
final class LanguageChoices {
  private LanguageChoices() { }

  /// Refills `choices` with *Auto* and `options`, keeping `chosen` when its code is still offered (else *Auto*).
  static void refill(ObservableList<LanguageOption> choices, ObjectProperty<LanguageOption> chosen,
      List<LanguageOption> options) {
    List<LanguageOption> opts = new ArrayList<>();
    opts.add(LanguageOption.AUTO);
    opts.addAll(options);
    LanguageOption keep = chosen.get();
    choices.setAll(opts);
    chosen.set(opts.stream().filter(o -> o.code().equals(keep.code())).findFirst().orElse(LanguageOption.AUTO));
  }
}
