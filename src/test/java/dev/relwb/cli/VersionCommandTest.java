package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class VersionCommandTest {
  private static final Services SERVICES = new Services() {
    @Override
    public AppDirs dirs() {
      return new AppDirs(Path.of("d"), Path.of("c"), Path.of("f"));
    }

    @Override
    public String version() {
      return "test";
    }

    @Override
    public dev.relwb.service.WorkspaceService workspaceService() {
      throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public dev.relwb.service.IndexService indexService() {
      throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public dev.relwb.service.SearchService searchService() {
      throw new UnsupportedOperationException("not used by this test");
    }
  };

  @Test
  void printsTheBuiltVersion() {
    CommandLine cl = Cli.commandLine(SERVICES);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    assertThat(cl.execute("--version")).isZero();
    assertThat(out.toString()).startsWith("relwb 0.1.0");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandLine cl = Cli.commandLine(SERVICES);
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option");
  }
}
