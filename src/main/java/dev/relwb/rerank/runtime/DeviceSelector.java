package dev.relwb.rerank.runtime;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import dev.relwb.core.WorkbenchException;
import java.util.Locale;

/// Turns a user's device choice (`auto`, `cpu`, `gpu`, `gpu:1`) into a DJL device of the PyTorch
/// engine. `auto` picks the first GPU when the engine sees one, else the CPU.
public final class DeviceSelector {
  private DeviceSelector() { }

  /// The PyTorch engine, started offline (it ships with the app).
  public static Engine engine() {
    try {
      return Engine.getEngine("PyTorch");
    } catch (EngineException | IllegalArgumentException e) {
      throw new WorkbenchException("The PyTorch engine could not start (" + e.getMessage() + ")", e);
    }
  }

  /// The device for `choice` (null or blank = auto).
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
      int id = 0;
      int colon = c.indexOf(':');
      if (colon > 0) {
        try {
          id = Integer.parseInt(c.substring(colon + 1));
        } catch (NumberFormatException e) {
          throw new WorkbenchException("Unknown device '" + choice + "'; use auto, cpu, gpu or gpu:N", e);
        }
      }
      if (id < 0 || id >= engine.getGpuCount()) {
        throw new WorkbenchException("Device '" + choice + "' is not available: the engine sees "
            + engine.getGpuCount() + " GPU(s); use cpu or auto");
      }
      return Device.gpu(id);
    }
    throw new WorkbenchException("Unknown device '" + choice + "'; use auto, cpu, gpu or gpu:N");
  }
}
