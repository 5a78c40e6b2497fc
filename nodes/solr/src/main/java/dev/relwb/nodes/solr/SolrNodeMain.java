package dev.relwb.nodes.solr;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.solr.core.CoreContainer;

/// Launcher of the relwb Solr test node: `java -cp 'lib/*' dev.relwb.nodes.solr.SolrNodeMain
/// --port N --data DIR`.
///
/// `--port 0` picks a free port. `DIR` is the Solr home: the template (`solr.xml`, configset `relwb`)
/// is laid out there, cores created later live there, and so does the log (`DIR/logs/solr.log`).
/// Once Solr answers, one line `RELWB-NODE-READY http://127.0.0.1:N/solr` goes to stdout and the
/// URL into `DIR/url.txt`. SIGTERM stops Jetty and Solr cleanly (cores are closed and committed).
///
/// `--load-beir BEIR_DIR --core NAME` (`--index` is an alias of `--core`) loads a BEIR corpus into
/// core `NAME` before the ready line ([BeirLoader]); a missing or malformed `corpus.jsonl` ends the
/// launcher with exit status 2.
public final class SolrNodeMain {

  /// The line prefix a supervisor waits for on stdout.
  public static final String READY = "RELWB-NODE-READY ";

  private static final Duration START_LIMIT = Duration.ofSeconds(120);

  private SolrNodeMain() {
  }

  /// Runs the node until the JVM is told to stop.
  ///
  /// @param args `--port N` (0 = free port), `--data DIR`, optionally `--load-beir BEIR_DIR --core NAME`
  /// @throws Exception when the node cannot start (the exit status is then non-zero)
  public static void main(String[] args) throws Exception {
    int port = 0;
    Path data = null;
    Path loadBeir = null;
    String core = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
        case "--data" -> data = Path.of(value(args, ++i, "--data"));
        case "--load-beir" -> loadBeir = Path.of(value(args, ++i, "--load-beir"));
        case "--core", "--index" -> core = value(args, ++i, args[i - 1]);
        default -> usage("unknown argument: " + args[i]);
      }
    }
    if (data == null) {
      usage("--data DIR is required");
    }
    if ((loadBeir == null) != (core == null)) {
      usage("--load-beir BEIR_DIR and --core NAME go together");
    }
    if (core != null && !core.matches(BeirLoader.CORE_NAME)) {
      usage("not a core name (letters, digits, '.', '_', '-'): " + core);
    }
    BeirLoader.Corpus corpus = null;
    if (loadBeir != null) {
      try {
        corpus = BeirLoader.check(loadBeir);
      } catch (BeirLoader.BadCorpusException e) {
        System.err.println("relwb solr node: " + e.getMessage());
        System.exit(2);
        return;
      }
    }
    Path home = data.toAbsolutePath().normalize();
    Files.createDirectories(home.resolve("logs"));
    configureJvm(home);
    SolrHomeTemplate.install(home);
    if (port == 0) {
      port = freePort();
    }

    long t0 = System.nanoTime();
    NodeServer server = new NodeServer(port, home);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(server), "relwb-solr-shutdown"));
    String url;
    try {
      url = startAndAwait(server);
    } catch (Exception e) {
      // Jetty's threads would keep a half-started JVM alive: exit, the hook stops what did start
      System.err.println("Solr did not start: " + e + "; see " + home.resolve("logs/solr.log"));
      System.exit(2);
      return;
    }
    if (corpus != null) {
      load(url, corpus, core);
    }
    Files.writeString(home.resolve("url.txt"), url + System.lineSeparator(), StandardCharsets.UTF_8);
    org.slf4j.LoggerFactory.getLogger(SolrNodeMain.class).info("relwb Solr node ready at {} in {} ms",
        url, (System.nanoTime() - t0) / 1_000_000);
    PrintStream out = System.out;
    out.println(READY + url);
    out.flush();
    server.join();
  }

  /// Starts Jetty and Solr, waits for the cores found in the home to load and for Solr to answer
  /// over HTTP; returns the base URL.
  private static String startAndAwait(NodeServer server) throws Exception {
    server.start();
    CoreContainer cores = server.cores();
    if (cores == null) {
      throw new IllegalStateException("no CoreContainer (solr.xml or the home is broken)");
    }
    cores.waitForLoadingCoresToFinish(START_LIMIT.toMillis());
    String url = "http://127.0.0.1:" + server.port() + NodeServer.CONTEXT;
    awaitAnswer(url);
    return url;
  }

  /// Loads `corpus` into `core` and prints what happened; exits (2 for a bad corpus) when it fails.
  private static void load(String url, BeirLoader.Corpus corpus, String core) {
    try {
      System.out.println(new BeirLoader(url).load(corpus, core));
    } catch (BeirLoader.BadCorpusException e) {
      System.err.println("relwb solr node: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("relwb solr node: loading " + corpus.file() + " into core " + core + " failed: " + e);
      System.exit(1);
    }
  }

  /// System properties Solr, log4j and the JDK read before anything else logs.
  private static void configureJvm(Path home) {
    System.setProperty("solr.log.dir", home.resolve("logs").toString());
    System.setProperty("solr.solr.home", home.toString());
    // java.util.logging (jersey, the JDK's HttpClient) into log4j, not onto the console
    System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
    System.setProperty("log4j2.shutdownHookEnabled", "false");
    // a standalone node: never look for ZooKeeper, whatever the environment says
    System.clearProperty("zkHost");
    System.clearProperty("zkRun");
  }

  /// Waits until `GET /admin/info/system` answers 200.
  private static void awaitAnswer(String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest ping = HttpRequest.newBuilder(URI.create(url + "/admin/info/system?wt=json"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response = client.send(ping, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
        last = new IOException("HTTP " + response.statusCode());
      } catch (IOException e) {
        last = e;
      }
      Thread.sleep(100);
    }
    throw new IOException("Solr did not answer at " + url, last);
  }

  private static void shutdown(NodeServer server) {
    try {
      server.stop();
    } catch (Exception e) {
      org.slf4j.LoggerFactory.getLogger(SolrNodeMain.class).warn("stopping Jetty", e);
    } finally {
      org.apache.logging.log4j.LogManager.shutdown();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      usage(name + " needs a value");
    }
    return args[i];
  }

  private static void usage(String problem) {
    System.err.println(String.format(Locale.ROOT,
        "%s%nusage: java -cp 'lib/*' %s --port N --data DIR [--load-beir BEIR_DIR --core NAME]", problem, SolrNodeMain.class.getName()));
    System.exit(64);
  }
}
