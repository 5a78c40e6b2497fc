package dev.relwb.rerank.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// Chooses where inference runs and with how many threads.
///
/// Device: CUDA when DJL's PyTorch engine reports a GPU (the user supplies a CUDA build of libtorch),
/// else the CPU; `cpu` or `gpu` forces one (`gpu` without a GPU is an error that says what to do).
///
/// Threads: PyTorch's intra-op thread count defaults to the available cores. DJL reads
/// `ai.djl.pytorch.num_threads` once, when the engine starts, so [#configureThreads] sets it before
/// that; once the engine runs, the count is changed through `torch.set_num_threads` instead, which
/// with OpenMP only affects the calling thread and threads that have not computed yet, so call it
/// on the inference thread before its first operation.
public final class DeviceSelector {
  /// The system property DJL reads at engine start.
  public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
  private static final String ENGINE = "PyTorch";

  private DeviceSelector() { }

  /// A device request from the command line or the settings.
  public enum Preference {
    /// GPU when there is one, else CPU.
    AUTO,
    /// Always the CPU.
    CPU,
    /// A CUDA GPU, or an error.
    GPU;

    /// Parses `auto`, `cpu` or `gpu` (any case); null or blank means auto.
    public static Preference parse(String s) {
      if (s == null || s.isBlank()) {
        return AUTO;
      }
      return switch (s.trim().toLowerCase(Locale.ROOT)) {
        case "auto" -> AUTO;
        case "cpu" -> CPU;
        case "gpu", "cuda" -> GPU;
        default -> throw new WorkbenchException("Unknown device '" + s + "': use cpu, gpu or auto");
      };
    }
  }

  /// The thread count for `requested` (≤ 0 means the available cores).
  public static int threadCount(int requested) {
    return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
  }

  /// Sets the intra-op thread count (≤ 0 = available cores) for an engine not started yet, then starts
  /// the engine and makes sure the calling thread uses that count. Returns the count in effect.
  public static synchronized int configureThreads(int requested) {
    int n = threadCount(requested);
    if (requested > 0 || System.getProperty(THREADS_PROPERTY) == null) {
      System.setProperty(THREADS_PROPERTY, Integer.toString(n));
    }
    engine();
    if (JniUtils.getNumThreads() != n) {
      JniUtils.setNumThreads(n);
    }
    return JniUtils.getNumThreads();
  }

  /// The device for a preference, starting the engine if needed.
  public static Device select(Preference preference) {
    int gpus = engine().getGpuCount();
    return switch (preference) {
      case CPU -> Device.cpu();
      case AUTO -> gpus > 0 ? Device.gpu() : Device.cpu();
      case GPU -> {
        if (gpus == 0) {
          throw new WorkbenchException("No CUDA GPU is available to PyTorch: install a CUDA build of libtorch"
              + " (see the README, 'GPU'), or use --device cpu");
        }
        yield Device.gpu();
      }
    };
  }

  /// The chosen device by name (`cpu` or `gpu`) with its description, for code outside `rerank..`.
  ///
  /// @param name        `cpu` or `gpu`
  /// @param description e.g. `cpu (2 threads)`
  public record Choice(String name, String description) { }

  /// Chooses the device for a preference and describes it.
  public static Choice choose(Preference preference) {
    Device d = select(preference);
    return new Choice(d.isGpu() ? "gpu" : "cpu", describe(d));
  }

  /// A short text for the UI status and the CLI, e.g. `cpu (2 threads)` or `gpu(0) (1 GPUs)`.
  public static String describe(Device device) {
    if (device.isGpu()) {
      return device + " (" + engine().getGpuCount() + " GPUs)";
    }
    return "cpu (" + JniUtils.getNumThreads() + " threads)";
  }

  /// The PyTorch engine (started on first call).
  static Engine engine() {
    try {
      return Engine.getEngine(ENGINE);
    } catch (ai.djl.engine.EngineException | IllegalArgumentException e) {
      throw new WorkbenchException("The PyTorch engine cannot start: " + e.getMessage()
          + " (check PYTORCH_LIBRARY_PATH / PYTORCH_FLAVOR, or unset them to use the bundled CPU build)", e);
    }
  }
}
