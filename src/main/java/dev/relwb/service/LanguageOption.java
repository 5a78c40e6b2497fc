package dev.relwb.service;

/// One entry of the adapter-language dropdown: the model's code (`fr_XX`) and an English display
/// name (`French`). `AUTO` stands for "detect the query's language".
public record LanguageOption(String code, String displayName) {
  /// The first entry of the dropdown: detect the language of each query.
  public static final LanguageOption AUTO = new LanguageOption("auto", "Auto");

  /// Whether this is the Auto entry.
  public boolean isAuto() {
    return "auto".equals(code);
  }

  /// The label shown in the dropdown, e.g. `French — fr_XX`, or `Auto (detect)`.
  public String label() {
    return isAuto() ? "Auto (detect)" : displayName + " — " + code;
  }

  @Override
  public String toString() {
    return label();
  }
}
