package dev.relwb.nodes.opensearch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.util.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4ModulePlugin;

/// Starts one OpenSearch node: `--port N` (HTTP on 127.0.0.1; 0 picks a free port, default 9200)
/// and `--data DIR` (path.home; `data/` and `logs/` under it). Single-node discovery, transport
/// on a free loopback port, disk watermarks off, no security plugin. Once the cluster answers
/// over HTTP it prints `RELWB-NODE-READY http://127.0.0.1:PORT` and writes the URL to
/// `DIR/url.txt`; SIGTERM closes the node cleanly. The heap is the caller's `-Xmx`.
///
/// `--load-beir BEIR_DIR --index NAME` loads a BEIR corpus into index `NAME` before the ready line
/// ([BeirLoader]); a missing or malformed `corpus.jsonl` ends the launcher with exit status 2.
public final class OpenSearchNodeMain {
  /// The line a caller waits for; the URL follows after one space.
  public static final String READY = "RELWB-NODE-READY";

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  private OpenSearchNodeMain() {}

  /// Entry point; exits with 2 on bad arguments and 1 when the node cannot start.
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: OpenSearchNodeMain --data DIR [--port N] [--load-beir BEIR_DIR --index NAME]"
          + "   (N = 0 picks a free port)");
      System.exit(2);
      return;
    }
    try {
      BeirLoader.Corpus corpus = options.loadBeir() == null ? null : BeirLoader.check(options.loadBeir());
      run(options, corpus);
    } catch (BeirLoader.BadCorpusException e) {
      System.err.println("relwb opensearch node: " + e.getMessage());
      System.exit(2);
    } catch (Throwable t) {
      System.err.println("relwb opensearch node: start failed: " + t);
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(Options o, BeirLoader.Corpus corpus) throws Exception {
    long t0 = System.nanoTime();
    Path home = o.data().toAbsolutePath().normalize();
    Files.createDirectories(home.resolve("data"));
    Files.createDirectories(home.resolve("logs"));
    Files.deleteIfExists(home.resolve("url.txt"));
    Path log = home.resolve("logs").resolve("opensearch.log");
    NodeLogging.configure(log);
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "relwb opensearch node: OpenSearch %s (Lucene %s) on Java %s, home %s, log %s%n",
        org.opensearch.Version.CURRENT, Version.LATEST, Runtime.version(), home, log);

    Settings settings = Settings.builder()
        .put("cluster.name", "relwb")
        .put("node.name", "relwb-opensearch")
        .put("path.home", home.toString())
        .put("path.data", home.resolve("data").toString())
        .put("path.logs", home.resolve("logs").toString())
        .put("discovery.type", "single-node")
        .put("network.host", "127.0.0.1")
        .put("http.port", Integer.toString(o.port()))
        .put("transport.port", "0")
        // disks of developer machines and CI runners are often nearly full
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .build();
    Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
        () -> "relwb-opensearch");
    Node node = new ClasspathPluginNode(env,
        List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
    try {
      node.start();
    } catch (Exception | Error e) {
      closeQuietly(node);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      closeQuietly(node);
      out.println("relwb opensearch node: stopped");
      NodeLogging.shutdown();
      stopped.countDown();
    }, "relwb-opensearch-shutdown"));

    int port = node.injector().getInstance(HttpServerTransport.class)
        .boundAddress().publishAddress().getPort();
    String url = "http://127.0.0.1:" + port;
    awaitHealthy(url);
    out.printf(Locale.ROOT, "relwb opensearch node: up in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    if (corpus != null) {
      out.println(new BeirLoader(url).load(corpus, o.index()));
    }
    Path urlFile = home.resolve("url.txt");
    Path tmp = home.resolve("url.txt.tmp");
    Files.writeString(tmp, url + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, urlFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    out.println(READY + " " + url);
    out.flush();
    stopped.await(); // node threads may all be daemons: keep the JVM up until the shutdown hook ran
  }

  /// Waits until `_cluster/health` reports at least yellow, so the first index request is not
  /// refused with "state not recovered".
  private static void awaitHealthy(String url) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
        .timeout(Duration.ofSeconds(10)).GET().build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
        last = r.statusCode() + " " + r.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(200);
    }
    throw new IOException("cluster not healthy after " + READY_TIMEOUT.toSeconds() + " s: " + last);
  }

  private static void closeQuietly(Node node) {
    try {
      node.close();
      if (!node.awaitClose(30, TimeUnit.SECONDS)) {
        System.err.println("relwb opensearch node: close timed out");
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("relwb opensearch node: close failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /// Parsed command line.
  record Options(int port, Path data, Path loadBeir, String index) {
    static Options parse(String[] args) {
      int port = 9200;
      Path data = null;
      Path loadBeir = null;
      String index = null;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--port" -> port = parsePort(value(args, ++i, a));
          case "--data" -> data = Path.of(value(args, ++i, a));
          case "--load-beir" -> loadBeir = Path.of(value(args, ++i, a));
          case "--index" -> index = value(args, ++i, a);
          default -> throw new IllegalArgumentException("unknown argument: " + a);
        }
      }
      if (data == null) {
        throw new IllegalArgumentException("--data DIR is required");
      }
      if ((loadBeir == null) != (index == null)) {
        throw new IllegalArgumentException("--load-beir BEIR_DIR and --index NAME go together");
      }
      if (index != null && !index.matches(BeirLoader.INDEX_NAME)) {
        throw new IllegalArgumentException("not an index name (lower-case letters, digits, '.', '_', '-'): "
            + index);
      }
      return new Options(port, data, loadBeir, index);
    }

    private static String value(String[] args, int i, String name) {
      if (i >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[i];
    }

    private static int parsePort(String s) {
      try {
        int p = Integer.parseInt(s);
        if (p < 0 || p > 65535) {
          throw new IllegalArgumentException("port out of range: " + s);
        }
        return p;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port: " + s, e);
      }
    }
  }
}
