package dev.relwb.ui.settings;

import dev.relwb.service.RerankerInfo;
import dev.relwb.service.Reranking;
import dev.relwb.service.RuntimeOptions;
import dev.relwb.service.Settings;
import dev.relwb.service.SettingsStore;
import dev.relwb.ui.support.JobCallbacks;
import dev.relwb.ui.support.JobHandle;
import dev.relwb.ui.support.TaskRunner;
import dev.relwb.ui.support.UiMessages;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// State and actions of the Model & settings tab. The settings live in `settings.json` in the
/// config folder; every change made here is saved at once.
public final class SettingsViewModel {
  /// The hub repository offered by the "Download" button.
  public static final String DEFAULT_REPO = "antoinelouis/mono-xm";
  private final SettingsStore store;
  private final Reranking reranking;
  private final TaskRunner runner;
  private Settings settings;
  private final StringProperty modelLocation = new SimpleStringProperty("");
  private final StringProperty device = new SimpleStringProperty("auto");
  private final IntegerProperty threads = new SimpleIntegerProperty(0);
  private final IntegerProperty maxLength = new SimpleIntegerProperty(512);
  private final IntegerProperty batchTokens = new SimpleIntegerProperty(2048);
  private final StringProperty precision = new SimpleStringProperty("fp32");
  private final DoubleProperty k1 = new SimpleDoubleProperty(1.2);
  private final DoubleProperty b = new SimpleDoubleProperty(0.75);
  private final ObjectProperty<RerankerInfo> model = new SimpleObjectProperty<>();
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final StringProperty status = new SimpleStringProperty("");
  private JobHandle job;
  private final ModelsList models;

  /// A tab model over the settings store and the reranking port.
  public SettingsViewModel(SettingsStore store, Reranking reranking, TaskRunner runner) {
    this.store = store;
    this.reranking = reranking;
    this.runner = runner;
    this.settings = store.load();
    show(settings);
    model.set(reranking.model().orElse(null));
    this.models = new ModelsList(settings, this::update, reranking);
  }

  /// The *Models* list and the memory budget of the models kept loaded.
  public ModelsList models() {
    return models;
  }

  private void show(Settings s) {
    modelLocation.set(s.modelLocation());
    device.set(s.device());
    threads.set(s.threads());
    maxLength.set(s.maxLength());
    batchTokens.set(s.batchTokens());
    precision.set(s.precision());
    k1.set(s.k1());
    b.set(s.b());
  }

  /// The settings as last saved.
  public Settings settings() {
    return settings;
  }

  /// Changes and saves the settings.
  public void update(UnaryOperator<Settings> change) {
    settings = change.apply(settings);
    try {
      store.save(settings);
    } catch (RuntimeException e) {
      status.set(UiMessages.shortMessage(e));
    }
  }

  /// Saves the BM25 parameters, which later searches use.
  public void applyBm25() {
    update(s -> s.withBm25(k1.get(), b.get()));
    status.set("BM25 k1 = " + k1.get() + ", b = " + b.get() + " (applies to the next search)");
  }

  /// Loads the model at the current location with the current options (downloading it first
  /// when the location is a hub repo id that is not cached yet), then saves the settings.
  public void loadModel() {
    String location = modelLocation.get() == null ? "" : modelLocation.get().strip();
    if (location.isEmpty()) {
      status.set("Choose a model folder or type a hub repo id such as " + DEFAULT_REPO + ".");
      return;
    }
    if (job != null) {
      job.cancel();
    }
    RuntimeOptions opts = new RuntimeOptions(device.get(), threads.get(), maxLength.get(), batchTokens.get(),
        precision.get());
    loading.set(true);
    progress.set(-1);
    status.set("Loading the model from " + location + "…");
    job = runner.run("Load model", ctx -> reranking.load(location, opts, ctx.progress(), ctx.cancel()),
        JobCallbacks.<RerankerInfo>of(m -> {
          loading.set(false);
          progress.set(1);
          model.set(m);
          update(s -> s.withModel(location, opts));
          status.set("Loaded " + m.name() + " on " + m.device() + " · " + m.precision() + " · " + m.languages().size()
              + " languages");
        }, e -> {
          loading.set(false);
          status.set(UiMessages.shortMessage(e));
        }).withProgress(p -> {
          progress.set(p.fraction());
          status.set(p.task() + ": " + (p.message().isBlank() ? p.done() + " / " + p.total() : p.message()));
        }));
  }

  /// Stops a running load or download.
  public void cancelLoad() {
    if (job != null) {
      job.cancel();
    }
    loading.set(false);
    status.set("Model loading cancelled.");
  }

  /// Folder or hub repo id of the model.
  public StringProperty modelLocation() {
    return modelLocation;
  }

  /// `auto`, `cpu` or `gpu`.
  public StringProperty device() {
    return device;
  }

  /// Inference threads (0 = all cores).
  public IntegerProperty threads() {
    return threads;
  }

  /// Max tokens per pair.
  public IntegerProperty maxLength() {
    return maxLength;
  }

  /// Batch token budget.
  public IntegerProperty batchTokens() {
    return batchTokens;
  }

  /// `fp32`, `auto`, `bf16` or `fp16`: how the encoder's large products run.
  public StringProperty precision() {
    return precision;
  }

  /// BM25 k1.
  public DoubleProperty k1() {
    return k1;
  }

  /// BM25 b.
  public DoubleProperty b() {
    return b;
  }

  /// This machine's CPU and its instruction sets.
  public String cpu() {
    return reranking.cpu().description();
  }

  /// The loaded model (name, device, languages), or null in BM25-only mode.
  public ObjectProperty<RerankerInfo> model() {
    return model;
  }

  /// Whether a model is loading.
  public BooleanProperty loading() {
    return loading;
  }

  /// Loading progress (-1 while unknown).
  public DoubleProperty progress() {
    return progress;
  }

  /// The status line.
  public StringProperty status() {
    return status;
  }
}
