package dev.relwb.rerank.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.pytorch.jni.JniUtils;
import dev.relwb.core.WorkbenchException;
import org.junit.jupiter.api.Test;

class DeviceSelectorTest {
  @Test
  void cpuIsChosenWhenThereIsNoGpuAndThreadsAreApplied() {
    try (InferenceExecutor ex = new InferenceExecutor("device-test")) {
      int threads = ex.call(c -> DeviceSelector.configureThreads(1));
      int seen = ex.call(c -> JniUtils.getNumThreads());
      assertThat(threads).isEqualTo(1);
      assertThat(seen).isEqualTo(1);
      assertThat(System.getProperty(DeviceSelector.THREADS_PROPERTY)).isEqualTo("1");
    }
    assertThat(DeviceSelector.threadCount(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(DeviceSelector.select("cpu")).isEqualTo(Device.cpu());
    if (DeviceSelector.engine().getGpuCount() == 0) {
      assertThat(DeviceSelector.select("auto")).isEqualTo(Device.cpu());
      assertThat(DeviceSelector.choose(null).name()).isEqualTo("cpu");
      assertThat(DeviceSelector.choose("CPU").description()).startsWith("cpu (");
      assertThatThrownBy(() -> DeviceSelector.select("gpu")).isInstanceOf(WorkbenchException.class)
          .hasMessageContaining("CUDA build of libtorch").hasMessageContaining("--device cpu");
    }
  }

  @Test
  void unknownDeviceNamesAreRefused() {
    assertThatThrownBy(() -> DeviceSelector.select("tpu")).isInstanceOf(WorkbenchException.class)
        .hasMessageContaining("auto, cpu, gpu");
    assertThatThrownBy(() -> DeviceSelector.select("gpu:x")).isInstanceOf(WorkbenchException.class);
  }
}
