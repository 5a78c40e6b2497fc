package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  @Test
  void formatsCountPercentMessageElapsedAndEta() {
    assertThat(ProgressPrinter.format(new Progress("Indexing", 25, 100, Duration.ofSeconds(5), "docs")))
        .isEqualTo("Indexing: 25/100 (25%) docs [5.0 s, ETA 15 s]");
    assertThat(ProgressPrinter.format(new Progress("Reranking", 5, 10, Duration.ofSeconds(2), "about 9 s left")))
        .isEqualTo("Reranking: 5/10 (50%) about 9 s left [2.0 s]");
    assertThat(ProgressPrinter.format(new Progress("Download", 0, -1, Duration.ofMillis(300), "")))
        .isEqualTo("Download: [0.3 s]");
    assertThat(ProgressPrinter.format(new Progress("Indexing", 12, -1, Duration.ofSeconds(1), "12 documents")))
        .isEqualTo("Indexing: 12 documents [1.0 s]");
  }

  @Test
  void linesAreThrottledButTheLastReportIsAlwaysPrinted() {
    StringWriter sw = new StringWriter();
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(sw), false);
    for (int i = 1; i <= 100; i++) {
      p.onProgress(new Progress("Job", i, 100, Duration.ofMillis(i), ""));
    }
    String[] lines = sw.toString().split("\n");
    assertThat(lines).hasSizeLessThan(5);
    assertThat(lines[lines.length - 1]).startsWith("Job: 100/100 (100%)");
  }
}
