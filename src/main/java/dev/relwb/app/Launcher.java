package dev.relwb.app;

import dev.relwb.cli.Cli;
import dev.relwb.core.AppDirs;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/// The `relwb` entry point. It does not extend `javafx.application.Application`, so the app runs
/// from a plain classpath. With no arguments it opens the GUI.
public final class Launcher {
  /// Lucene logs its start-up notices through java.util.logging; kept here so the level sticks.
  private static final java.util.logging.Logger LUCENE_JUL = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Launcher() { }

  /// Runs `relwb` and exits with its status.
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /// Runs `relwb` and returns its exit status (used by tests and by `main`).
  public static int run(String... args) {
    AppDirs dirs = AppDirs.fromEnvironment().ensureExist();
    configureEnvironment(dirs);
    boolean verbose = Arrays.asList(args).contains("--verbose");
    Logger log = LoggerFactory.getLogger(Launcher.class);
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
      log.error("Uncaught exception in thread {}", t.getName(), e);
      Cli.report(e, new PrintWriter(System.err, true, StandardCharsets.UTF_8), verbose);
    });
    AppContext context = new AppContext(dirs);
    CommandLine cl = Cli.commandLine(context);
    cl.addSubcommand("gui", new GuiCommand(context));
    String[] effective = withDefaultCommand(args);
    log.info("relwb {} starting: {}", context.version(), String.join(" ", effective));
    return cl.execute(effective);
  }

  /// The command line to run: `gui` when there are no arguments, and always `gui ...` when started by
  /// the installed desktop launcher (system property `relwb.launcher=gui`), so that
  /// `relevance-workbench --smoke-test` means `relwb gui --smoke-test`.
  static String[] withDefaultCommand(String... args) {
    boolean guiLauncher = "gui".equals(System.getProperty("relwb.launcher"));
    if (args.length == 0 || guiLauncher && !"gui".equals(args[0])) {
      String[] out = new String[args.length + 1];
      out[0] = "gui";
      System.arraycopy(args, 0, out, 1, args.length);
      return out;
    }
    return args;
  }

  /// Sets the process-wide properties the libraries read once: log folder, DJL cache, offline DJL.
  static void configureEnvironment(AppDirs dirs) {
    LUCENE_JUL.setLevel(java.util.logging.Level.WARNING);
    setIfAbsent("relwb.logDir", dirs.logs().toString());
    if (System.getenv("DJL_CACHE_DIR") == null) {
      setIfAbsent("DJL_CACHE_DIR", dirs.djlCache().toString());
    }
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
