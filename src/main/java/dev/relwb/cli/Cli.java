package dev.relwb.cli;

import dev.relwb.core.CancelledException;
import dev.relwb.core.WorkbenchException;
import dev.relwb.service.Services;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/// Builds the picocli command tree over the services and maps failures to exit codes:
/// a `WorkbenchException` prints one line `relwb: <message>` and exits 1 (stack trace only with
/// `--verbose`); a cancelled job exits 130.
public final class Cli {
  private Cli() { }

  /// The command line for `relwb`, with every subcommand able to receive the services.
  public static CommandLine commandLine(Services services) {
    RelwbCommand root = new RelwbCommand();
    CommandLine cl = new CommandLine(root, new ServicesFactory(services));
    cl.setExecutionExceptionHandler((ex, line, parse) -> report(ex, line.getErr(), root.verbose()));
    return cl;
  }

  /// Prints a failure the CLI way and returns its exit code.
  public static int report(Throwable ex, PrintWriter err, boolean verbose) {
    if (ex instanceof CancelledException) {
      err.println("relwb: " + ex.getMessage());
      return 130;
    }
    String msg = ex instanceof WorkbenchException ? ex.getMessage()
        : "unexpected error: " + ex + " (details in the log; run again with --verbose for the stack trace)";
    err.println("relwb: " + msg);
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /// Creates commands, passing the services to a constructor that takes them.
  private record ServicesFactory(Services services) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (Constructor<?> c : cls.getDeclaredConstructors()) {
        Class<?>[] p = c.getParameterTypes();
        if (p.length == 1 && p[0] == Services.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(services));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
