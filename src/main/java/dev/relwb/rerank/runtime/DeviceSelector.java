package dev.relwb.rerank.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import ai.djl.pytorch.jni.JniUtils;
import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// Chooses where inference runs and with how many threads.
///
/// Device (`auto`, `cpu`, `gpu`, `gpu:N`): `auto` picks CUDA when DJL's PyTorch engine reports a GPU
/// (the user supplies a CUDA build of libtorch, see the README), else the CPU; `gpu` without a GPU is
/// an error that says what to do.
///
/// Threads: PyTorch's intra-op thread count defaults to the available cores. DJL reads
/// `ai.djl.pytorch.num_threads` once, when the engine starts, so [#configureThreads] sets it before
/// that. Once the engine runs, the count is changed through `torch.set_num_threads`, which with
/// OpenMP only reaches the calling thread (and threads that have not computed yet), so call it on the
/// inference thread, before its first operation.
public final class DeviceSelector {
  /// The system property DJL reads at engine start.
  public static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

  private DeviceSelector() { }

  /// The chosen device by name, for code outside `rerank..` (which may not see DJL types).
  ///
  /// @param name        `cpu`, or `gpu:N`
  /// @param description e.g. `cpu (2 threads)` or `gpu(0) (1 GPUs)`
  public record Choice(String name, String description) {
    /// Whether the choice is a GPU.
    public boolean gpu() {
      return name.startsWith("gpu");
    }
  }

  /// How a job's batches use the cores: `lanes` batches at once, each with `threadsPerLane` PyTorch
  /// intra-op threads (ADR 0009).
  ///
  /// @param lanes          batches that run at once
  /// @param threadsPerLane intra-op threads of each
  public record ThreadPlan(int lanes, int threadsPerLane) {
    /// Total threads.
    public int threads() {
      return lanes * threadsPerLane;
    }

    /// E.g. `2 lanes × 1 thread`.
    public String describe() {
      return lanes + (lanes == 1 ? " lane" : " lanes") + " × " + threadsPerLane
          + (threadsPerLane == 1 ? " thread" : " threads");
    }
  }

  /// The plan for `requested` threads (≤ 0: all cores) and `requestedLanes` (≤ 0: automatic). On the
  /// CPU two lanes share the threads (measured faster than one batch on all of them, ADR 0009); on a
  /// GPU, or with one thread, one lane.
  public static ThreadPlan plan(int requested, int requestedLanes, boolean gpu) {
    int n = threadCount(requested);
    int lanes = gpu ? 1 : requestedLanes > 0 ? Math.min(requestedLanes, n) : Math.min(2, n);
    return new ThreadPlan(lanes, Math.max(1, n / lanes));
  }

  /// Sets this thread's PyTorch intra-op threads to `n` if the engine has started (OpenMP keeps the count
  /// per thread, so each lane thread calls this before its batches).
  public static void applyThreadsHere(int n) {
    if (JniUtils.getNumThreads() != n) {
      JniUtils.setNumThreads(n);
    }
  }

  /// The thread count for `requested` (≤ 0 means the available cores).
  public static int threadCount(int requested) {
    return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
  }

  /// Sets the intra-op thread count (≤ 0 = available cores) for an engine not started yet, starts the
  /// engine, and makes sure the calling thread uses that count. Returns the count in effect.
  public static synchronized int configureThreads(int requested) {
    int n = threadCount(requested);
    if (requested > 0 || System.getProperty(THREADS_PROPERTY) == null) {
      System.setProperty(THREADS_PROPERTY, Integer.toString(n));
    }
    engine();
    applyThreadsHere(n);
    return JniUtils.getNumThreads();
  }

  /// The PyTorch engine, started offline (it ships with the app).
  public static Engine engine() {
    try {
      return Engine.getEngine("PyTorch");
    } catch (EngineException | IllegalArgumentException e) {
      throw new WorkbenchException("The PyTorch engine could not start (" + e.getMessage() + "): unset"
          + " PYTORCH_LIBRARY_PATH / PYTORCH_FLAVOR to use the bundled CPU build", e);
    }
  }

  /// The device for `choice` (`auto`, `cpu`, `gpu`, `gpu:N`; null or blank = auto).
  public static Device select(String choice) {
    Engine engine = engine();
    String c = choice == null || choice.isBlank() ? "auto" : choice.strip().toLowerCase(Locale.ROOT);
    if (c.equals("auto")) {
      return engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
    }
    if (c.equals("cpu")) {
      return Device.cpu();
    }
    if (c.startsWith("gpu") || c.startsWith("cuda")) {
      int id = gpuIndex(choice, c);
      if (id < 0 || id >= engine.getGpuCount()) {
        throw new WorkbenchException("Device '" + choice + "' is not available: PyTorch sees "
            + engine.getGpuCount() + " GPU(s). Install a CUDA build of libtorch (README, 'GPU'), or use --device cpu");
      }
      return Device.gpu(id);
    }
    throw new WorkbenchException("Unknown device '" + choice + "': use auto, cpu, gpu or gpu:N");
  }

  private static int gpuIndex(String choice, String c) {
    int colon = c.indexOf(':');
    if (colon < 0) {
      return 0;
    }
    try {
      return Integer.parseInt(c.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new WorkbenchException("Unknown device '" + choice + "': use auto, cpu, gpu or gpu:N", e);
    }
  }

  /// Chooses the device for `choice` and describes it.
  public static Choice choose(String choice) {
    Device d = select(choice);
    return new Choice(d.isGpu() ? "gpu:" + d.getDeviceId() : "cpu", describe(d));
  }

  /// A short text for the UI status and the CLI, e.g. `cpu (2 threads)` or `gpu(0) (1 GPUs)`.
  public static String describe(Device device) {
    if (device.isGpu()) {
      return device + " (" + engine().getGpuCount() + " GPUs)";
    }
    return "cpu (" + JniUtils.getNumThreads() + " threads)";
  }
}
