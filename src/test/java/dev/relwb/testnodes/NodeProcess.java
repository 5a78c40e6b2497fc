package dev.relwb.testnodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/// A search-engine node (OpenSearch, Solr) running in a JVM of its own, with its own classpath:
/// the jars a `nodes/<name>/pom.xml` project packaged into `target/nodes/<name>/target/lib`
/// (the root build does that before the tests). The launcher takes `--port P --data DIR` and
/// prints `RELWB-NODE-READY <url>` once it answers; everything the node prints goes to
/// `DIR/logs/process.log`. A JVM shutdown hook stops the node when the test JVM exits.
public final class NodeProcess implements AutoCloseable {
  /// The line prefix the launchers print when their HTTP port answers.
  public static final String READY = "RELWB-NODE-READY";
  /// Heap of a node JVM.
  public static final String HEAP = "-Xmx768m";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final String name;
  private final String mainClass;
  private final Path lib;
  private final Path dataDir;
  private final Path logFile;
  private final Thread shutdownHook;
  private int port;
  private volatile Process process;
  private String url;
  private double startSeconds;

  private NodeProcess(String name, String mainClass, Path lib, int port, Path dataDir) {
    this.name = name;
    this.mainClass = mainClass;
    this.lib = lib;
    this.port = port;
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.logFile = this.dataDir.resolve("logs").resolve("process.log");
    this.shutdownHook = new Thread(this::stopForExit, "relwb-node-" + name + "-exit");
  }

  /// Starts node `name` (its jars found by [#libDir(String)]) with `mainClass` on `port`
  /// (0 = a free port, kept for [#restart()]) and data in `dataDir`; returns once it is ready.
  public static NodeProcess start(String name, String mainClass, int port, Path dataDir)
      throws IOException {
    NodeProcess node = new NodeProcess(name, mainClass, libDir(name), port, dataDir);
    Runtime.getRuntime().addShutdownHook(node.shutdownHook);
    try {
      node.launch();
    } catch (IOException | RuntimeException e) {
      node.close();
      throw e;
    }
    return node;
  }

  /// The node `name` of this test JVM on a free port, its data in a fresh `target/test-nodes/<name>-<pid>`
  /// (the folders of earlier test JVMs that no longer run are removed first).
  public static NodeProcess startForThisJvm(String name, String mainClass) throws IOException {
    Path root = Path.of("target", "test-nodes");
    removeStale(root, name);
    Path data = root.resolve(name + "-" + ProcessHandle.current().pid());
    deleteTree(data);
    return start(name, mainClass, 0, data);
  }

  private static void removeStale(Path root, String name) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.toList()) {
        String n = dir.getFileName().toString();
        if (n.matches(Pattern.quote(name) + "-\\d+")) {
          long pid = Long.parseLong(n.substring(name.length() + 1));
          if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            deleteTree(dir);
          }
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /// The jars of node `name`: system property `relwb.nodes.<name>.lib` if set, else the first of
  /// `target/nodes/<name>/target/lib` (root build) and `nodes/<name>/target/lib` (`nodes/run`)
  /// that holds jars.
  public static Path libDir(String name) {
    String override = System.getProperty("relwb.nodes." + name + ".lib");
    List<Path> candidates = override != null ? List.of(Path.of(override))
        : List.of(Path.of("target", "nodes", name, "target", "lib"),
            Path.of("nodes", name, "target", "lib"));
    for (Path p : candidates) {
      if (hasJars(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(String.format(Locale.ROOT,
        "no jars of the %s node in %s; build them with `./mvnw process-test-classes` "
            + "or `./mvnw -f nodes/%s/pom.xml package`", name, candidates, name));
  }

  private static boolean hasJars(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".jar"));
    } catch (IOException e) {
      return false;
    }
  }

  /// The node's base URL, e.g. `http://127.0.0.1:9200`.
  public synchronized String url() {
    return url;
  }

  /// The HTTP port (fixed after the first start).
  public synchronized int port() {
    return port;
  }

  /// The data directory (the node's home).
  public Path dataDir() {
    return dataDir;
  }

  /// What the node JVM printed, across restarts.
  public Path logFile() {
    return logFile;
  }

  /// Seconds from launching the JVM to its ready line, for the latest (re)start.
  public synchronized double startSeconds() {
    return startSeconds;
  }

  /// Whether the node JVM is running.
  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /// SIGKILL: the node gets no chance to flush or close anything.
  public synchronized void kill() throws IOException {
    if (process != null) {
      process.destroyForcibly();
      awaitExit(process, STOP_TIMEOUT);
    }
  }

  /// Stops the node if it runs (SIGTERM) and starts it again on the same port and data directory.
  public synchronized void restart() throws IOException {
    stop();
    launch();
  }

  /// SIGTERM, then SIGKILL if it has not exited within 30 s; the node is not restartable after.
  @Override
  public synchronized void close() throws IOException {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }

  private void stop() throws IOException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        awaitExit(process, STOP_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private void stopForExit() {
    Process p = process; // unsynchronized: a start in progress must not hold the JVM's exit
    if (p != null && p.isAlive()) {
      p.destroy();
      try {
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
      }
    }
  }

  private static void awaitExit(Process p, Duration timeout) throws IOException {
    try {
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new IOException("node process " + p.pid() + " did not exit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted waiting for node process " + p.pid(), e);
    }
  }

  private synchronized void launch() throws IOException {
    Files.createDirectories(logFile.getParent());
    List<String> cmd = new ArrayList<>(List.of(javaBinary(), HEAP,
        "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Dfile.encoding=UTF-8", "-cp", lib.resolve("*").toString(), mainClass,
        "--port", Integer.toString(port), "--data", dataDir.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dataDir.toFile()).redirectErrorStream(true);
    // the test JVM's preloads (MKL dispatch) are not for the node
    pb.environment().remove("LD_PRELOAD");
    long t0 = System.nanoTime();
    Process p = pb.start();
    process = p;
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread pump = new Thread(() -> pump(p, ready), "relwb-node-" + name + "-output");
    pump.setDaemon(true);
    pump.start();
    String readyUrl;
    try {
      readyUrl = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      p.destroyForcibly();
      String why = e instanceof TimeoutException ? "not ready after " + START_TIMEOUT.toSeconds() + " s"
          : e.getCause().getMessage();
      throw new IOException(String.format(Locale.ROOT, "%s node (%s): %s; see %s", name, mainClass,
          why, logFile), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted starting the " + name + " node", e);
    }
    startSeconds = (System.nanoTime() - t0) / 1e9;
    url = readyUrl;
    port = URI.create(readyUrl).getPort();
  }

  /// Copies the node's output into the log file and completes `ready` with the URL of the ready
  /// line, or exceptionally with the last lines when the output ends first.
  private void pump(Process p, CompletableFuture<String> ready) {
    Deque<String> tail = new ArrayDeque<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
            StandardCharsets.UTF_8));
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      log.write(String.format(Locale.ROOT, "---- %s node, pid %d%n", name, p.pid()));
      log.flush();
      for (String line; (line = in.readLine()) != null; ) {
        log.write(line);
        log.write(System.lineSeparator());
        log.flush();
        if (!ready.isDone()) {
          if (line.startsWith(READY + " ")) {
            ready.complete(line.substring(READY.length() + 1).strip());
          } else {
            tail.addLast(line);
            if (tail.size() > 20) {
              tail.removeFirst();
            }
          }
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
    if (!ready.isDone()) {
      ready.completeExceptionally(new IOException("exited before it was ready; last output:\n"
          + String.join("\n", tail)));
    }
  }

  private static String javaBinary() {
    String home = System.getenv("JAVA_HOME");
    if (home != null && Files.isExecutable(Path.of(home, "bin", "java"))) {
      return Path.of(home, "bin", "java").toString();
    }
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
