package dev.relwb.service;

import java.util.List;

/// Everything the window remembers between runs (stored as `settings.json` in the config folder):
/// model location and runtime options (precision included), BM25 parameters, rerank depth (0 = default
/// for the device), the adapter language, the last workspace, the window layout, and the annotator the
/// Search tab judges as (empty: the OS user), the *Models* list the Search tab's reranker columns choose
/// from (folders and hub repo ids) and the memory budget, in GB of weights, of the models kept loaded.
public record Settings(String modelLocation, String device, int threads, int maxLength, int batchTokens,
    String precision, double k1, double b, int rerankDepth, String adapterLanguage, String lastWorkspace,
    Window window, String annotator, List<String> models, double modelMemoryGb) {
  /// The default memory budget of the loaded models, in GB of weights.
  public static final double DEFAULT_MODEL_MEMORY_GB = 6;

  /// Window position, size and divider positions; `width` 0 means "not remembered yet".
  public record Window(double x, double y, double width, double height, boolean maximized,
      double listsDivider, double documentDivider) {
    /// No remembered layout.
    public static final Window NONE = new Window(0, 0, 0, 0, false, 0.5, 0.62);
  }

  /// Fills in defaults for missing values (files written by older versions).
  public Settings {
    modelLocation = modelLocation == null ? "" : modelLocation;
    device = device == null || device.isBlank() ? "auto" : device;
    maxLength = maxLength <= 0 ? 512 : maxLength;
    batchTokens = batchTokens <= 0 ? 2048 : batchTokens;
    precision = precision == null || precision.isBlank() ? "fp32" : precision;
    k1 = k1 <= 0 ? 1.2 : k1;
    b = b < 0 || b > 1 ? 0.75 : b;
    adapterLanguage = adapterLanguage == null || adapterLanguage.isBlank() ? "auto" : adapterLanguage;
    lastWorkspace = lastWorkspace == null ? "" : lastWorkspace;
    window = window == null ? Window.NONE : window;
    annotator = annotator == null ? "" : annotator.strip();
    models = models == null ? List.of()
        : models.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).distinct().toList();
    modelMemoryGb = modelMemoryGb <= 0 ? DEFAULT_MODEL_MEMORY_GB : modelMemoryGb;
  }

  /// Settings without a *Models* list and with the default memory budget (the fields of older versions).
  public Settings(String modelLocation, String device, int threads, int maxLength, int batchTokens,
      String precision, double k1, double b, int rerankDepth, String adapterLanguage, String lastWorkspace,
      Window window, String annotator) {
    this(modelLocation, device, threads, maxLength, batchTokens, precision, k1, b, rerankDepth, adapterLanguage,
        lastWorkspace, window, annotator, List.of(), DEFAULT_MODEL_MEMORY_GB);
  }

  /// The settings of a first run.
  public static Settings defaults() {
    return new Settings("", "auto", 0, 512, 2048, "fp32", 1.2, 0.75, 0, "auto", "", Window.NONE, "", List.of(),
        DEFAULT_MODEL_MEMORY_GB);
  }

  /// The runtime options part.
  public RuntimeOptions runtime() {
    return new RuntimeOptions(device, threads, maxLength, batchTokens, precision);
  }

  /// A copy with another model location and runtime options.
  public Settings withModel(String location, RuntimeOptions o) {
    return new Settings(location, o.device(), o.threads(), o.maxLength(), o.batchTokens(), o.precision(), k1, b,
        rerankDepth, adapterLanguage, lastWorkspace, window, annotator, models, modelMemoryGb);
  }

  /// A copy with other BM25 parameters.
  public Settings withBm25(double newK1, double newB) {
    return new Settings(modelLocation, device, threads, maxLength, batchTokens, precision, newK1, newB, rerankDepth,
        adapterLanguage, lastWorkspace, window, annotator, models, modelMemoryGb);
  }

  /// A copy with another search-bar state.
  public Settings withSearch(int depth, String language) {
    return new Settings(modelLocation, device, threads, maxLength, batchTokens, precision, k1, b, depth, language,
        lastWorkspace, window, annotator, models, modelMemoryGb);
  }

  /// A copy with another last workspace.
  public Settings withWorkspace(String name) {
    return new Settings(modelLocation, device, threads, maxLength, batchTokens, precision, k1, b, rerankDepth,
        adapterLanguage, name, window, annotator, models, modelMemoryGb);
  }

  /// A copy with another window layout.
  public Settings withWindow(Window w) {
    return new Settings(modelLocation, device, threads, maxLength, batchTokens, precision, k1, b, rerankDepth,
        adapterLanguage, lastWorkspace, w, annotator, models, modelMemoryGb);
  }

  /// A copy with another annotator (empty: the OS user).
  public Settings withAnnotator(String name) {
    return new Settings(modelLocation, device, threads, maxLength, batchTokens, precision, k1, b, rerankDepth,
        adapterLanguage, lastWorkspace, window, name, models, modelMemoryGb);
  }

  /// A copy with another *Models* list and memory budget (GB of weights).
  public Settings withModels(List<String> list, double memoryGb) {
    return new Settings(modelLocation, device, threads, maxLength, batchTokens, precision, k1, b, rerankDepth,
        adapterLanguage, lastWorkspace, window, annotator, list, memoryGb);
  }

  /// The memory budget in bytes.
  public long modelMemoryBytes() {
    return (long) (modelMemoryGb * (1L << 30));
  }
}
