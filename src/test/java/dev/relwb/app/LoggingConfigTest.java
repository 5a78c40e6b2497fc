package dev.relwb.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The shipped `logback.xml`: DJL's harmless CUDA probe warning ("Failed to detect GPU count", logged by
/// `ai.djl.util.cuda.CudaUtils` on machines without a usable CUDA driver) goes to the log file only, never
/// to stderr, while other DJL warnings still reach stderr.
class LoggingConfigTest {
  @TempDir
  Path logs;

  @Test
  void theCudaProbeWarningStaysInTheLogFile() throws JoranException, java.io.IOException {
    LoggerContext ctx = new LoggerContext();
    ctx.putProperty("relwb.logDir", logs.toString());
    ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    JoranConfigurator conf = new JoranConfigurator();
    conf.setContext(ctx);
    conf.doConfigure(getClass().getResource("/logback.xml"));
    try {
      Logger cuda = ctx.getLogger("ai.djl.util.cuda.CudaUtils");
      assertThat(cuda.isAdditive()).isFalse();
      assertThat(names(cuda)).containsExactly("FILE");
      assertThat(names(ctx.getLogger(Logger.ROOT_LOGGER_NAME))).contains("STDERR", "FILE");
      assertThat(ctx.getLogger("ai.djl.pytorch.engine.PtEngine").isAdditive()).as("other DJL warnings").isTrue();

      cuda.warn("Failed to detect GPU count: CUDA driver version is insufficient");
    } finally {
      ctx.stop();
    }
    assertThat(Files.readString(logs.resolve("relwb.log"))).contains("WARN", "Failed to detect GPU count");
  }

  private static List<String> names(Logger logger) {
    List<String> out = new ArrayList<>();
    for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
      out.add(it.next().getName());
    }
    return out;
  }
}
