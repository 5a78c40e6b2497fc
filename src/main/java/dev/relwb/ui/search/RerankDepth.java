package dev.relwb.ui.search;

import dev.relwb.service.RerankerInfo;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The Search tab's rerank depth: the user's when they chose one (typed, or restored from the settings),
/// else what the first reranker column's model fits in about 3 s per query at its measured speed
/// ([RerankSpeeds]), else 100 on a GPU and 20 on a CPU; with a hint that says which.
final class RerankDepth {
  private final IntegerProperty depth = new SimpleIntegerProperty(20);
  private final StringProperty hint = new SimpleStringProperty("");
  private final RerankSpeeds speeds = new RerankSpeeds();
  private final Supplier<String> firstLocation;
  private String loadedModelId;
  private boolean modelOnGpu;
  /// Whether the depth was typed by the user (or restored from the settings): then it is never overridden.
  private boolean userDepth;
  /// Whether the shown depth was set by this model as the default.
  private boolean autoDepth;
  private boolean settingDepth;

  /// A depth whose first reranker column's model is at `firstLocation` (null: the loaded model).
  RerankDepth(Supplier<String> firstLocation) {
    this.firstLocation = firstLocation;
    depth.addListener((o, a, b) -> {
      if (!settingDepth) {
        userDepth = true;
        autoDepth = false;
      }
      refreshHint();
    });
  }

  IntegerProperty depth() {
    return depth;
  }

  StringProperty hint() {
    return hint;
  }

  boolean chosen() {
    return userDepth;
  }

  /// The loaded model changed (null: none); `fromSettings` when the depth came from the settings.
  void loaded(RerankerInfo model, boolean fromSettings) {
    loadedModelId = model == null ? null : model.id();
    modelOnGpu = model != null && model.onGpu();
    if (!userDepth && (!fromSettings || autoDepth)) {
      applyDefault();
    }
    refreshHint();
  }

  /// A finished rerank job of model `location` (null: the loaded one): its speed, then the default depth.
  void measured(String location, MaxPReranks.Finished f) {
    speeds.record(location != null ? location : loadedModelId, f.summary().passages().size(),
        f.summary().cacheHits(), f.documents(), f.summary().elapsedMillis());
    modelChanged();
  }

  /// The first column's model changed: the default depth follows it unless the user chose one.
  void modelChanged() {
    if (!userDepth) {
      applyDefault();
    }
    refreshHint();
  }

  private String firstModelKey() {
    String location = firstLocation.get();
    return location != null ? location : loadedModelId;
  }

  private void applyDefault() {
    int fitting = speeds.fittingDepth(firstModelKey());
    int d = fitting > 0 ? fitting : modelOnGpu && firstLocation.get() == null ? 100 : 20;
    settingDepth = true;
    try {
      depth.set(d);
    } finally {
      settingDepth = false;
    }
    autoDepth = true;
  }

  private void refreshHint() {
    double rate = speeds.pairsPerSecond(firstModelKey());
    int d = depth.get();
    String speed = Double.isNaN(rate) ? "" : " · " + RerankSpeeds.estimate(d, rate, speeds.passagesPerDocument());
    if (userDepth) {
      hint.set("depth " + d + " · chosen by you" + speed);
    } else if (Double.isNaN(rate)) {
      hint.set("depth " + d + " · default on " + (modelOnGpu ? "GPU" : "CPU")
          + " until the model's speed is measured");
    } else {
      hint.set("depth " + d + speed);
    }
  }
}
