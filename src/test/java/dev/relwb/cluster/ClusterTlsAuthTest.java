package dev.relwb.cluster;

import static dev.relwb.cluster.SecuredClusterProxy.API_KEY;
import static dev.relwb.cluster.SecuredClusterProxy.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.relwb.app.AppContext;
import dev.relwb.core.AppDirs;
import dev.relwb.ingest.PassageSplitter;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.search.SearchRequest;
import dev.relwb.service.ClusterService;
import dev.relwb.testnodes.OpenSearchNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.LoggerFactory;

/// HTTPS and authentication against a real OpenSearch node behind [SecuredClusterProxy], a TLS proxy
/// that checks credentials like a secured cluster, with certificates made by [KeytoolPki] (a CA, and a
/// server certificate for `localhost` only). Goes through `ClusterService.test` and a cluster searcher:
/// the CA file and hostname verification, basic auth and API keys, and what 401, 403, a missing secret
/// and a bad CA file tell the user — never the secret, neither in messages, settings nor the log.
class ClusterTlsAuthTest {
  private static final String INDEX = "cranfield_tls";
  private static final ClusterFields FIELDS = new ClusterFields(null, "title", "text", null);
  /// An environment variable nobody sets.
  private static final String UNSET_ENV = "RELWB_TLS_TEST_UNSET_" + ProcessHandle.current().pid();
  /// What must never be shown, stored or logged: the password, the API key, and basic auth's encoding.
  private static final List<String> SECRETS = List.of(PASSWORD, API_KEY,
      Base64.getEncoder().encodeToString(("reader:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

  @TempDir static Path dir;
  private static KeytoolPki pki;
  private static SecuredClusterProxy proxy;
  private static AppContext ctx;
  private static ClusterService clusters;
  private static ListAppender<ILoggingEvent> log;
  private static Level relwbLevel;

  @BeforeAll
  static void start() throws IOException {
    OpenSearchNode node = OpenSearchNode.shared();
    assertThat(node.loadBeir(Path.of("src/test/resources/data/cranfield"), INDEX)).isEqualTo(1400);
    pki = KeytoolPki.create(dir.resolve("pki"));
    proxy = new SecuredClusterProxy(node.url(), pki.serverContext());
    ctx = new AppContext(new AppDirs(dir.resolve("data"), dir.resolve("cache"), dir.resolve("config")));
    clusters = ctx.clusterService();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger relwb = (Logger) LoggerFactory.getLogger("dev.relwb");
    relwbLevel = relwb.getLevel();
    relwb.setLevel(Level.DEBUG);
    log = new ListAppender<>();
    log.start();
    root.addAppender(log);
  }

  @AfterAll
  static void stop() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    ((Logger) LoggerFactory.getLogger("dev.relwb")).setLevel(relwbLevel);
    if (proxy != null) {
      proxy.close();
    }
  }

  /// No log line of any test, nor the stack trace logged with it, holds a secret.
  @AfterEach
  void noSecretInTheLog() {
    for (ILoggingEvent e : log.list) {
      StringBuilder all = new StringBuilder(e.getFormattedMessage());
      for (var t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        all.append('\n').append(t.getMessage());
      }
      assertThat(all.toString()).doesNotContain(SECRETS);
    }
  }

  private static ClusterConfig config(String host, ClusterAuth auth, Path ca) {
    return ClusterConfig.of(ClusterEngine.OPENSEARCH, "https://" + host + ":" + proxy.port(), INDEX, FIELDS, auth,
        ca == null ? null : ca.toString());
  }

  private static ClusterAuth basic(String user) {
    return new ClusterAuth("basic", user, null);
  }

  /// The [ClusterException] `call` throws, checked to hold no secret in its message nor its causes'.
  private static ClusterException failure(Executable call) {
    ClusterException e = catchThrowableOfType(ClusterException.class, call::execute);
    assertThat(e).as("a ClusterException").isNotNull();
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRETS);
    }
    return e;
  }

  private static void assertSearchable(ClusterStatus status) {
    assertThat(status.problems()).isEmpty();
    assertThat(status.documents()).isEqualTo(1400);
    assertThat(status.version()).isNotEqualTo("?");
    assertThat(status.textFields()).contains("title", "text", "body");
  }

  @Test
  void basicAuthOverTlsWithTheCaFileTestsAndSearchesWithSnippets() {
    ClusterConfig c = config("localhost", basic("reader"), pki.caPem());
    assertSearchable(clusters.test(c, PASSWORD));
    SearchPage page = ClusterSearchers.open(c, null, PASSWORD, null, PassageSplitter.defaults())
        .search(SearchRequest.of("boundary layer transition", 5));
    assertThat(page.totalMatches()).isGreaterThan(100);
    assertThat(page.hits()).hasSize(5);
    for (Hit h : page.hits()) {
      assertThat(h.title()).isNotBlank();
      assertThat(h.text()).isNotBlank();
      assertThat(h.snippet().highlights()).isNotEmpty();
    }
    assertThat(proxy.seen()).contains("reader GET / -> 200", "reader GET /" + INDEX + "/_count -> 200",
        "reader POST /" + INDEX + "/_search -> 200");
  }

  @Test
  void anApiKeyIsSentAsApiKeyAndAccepted() {
    ClusterConfig c = config("localhost", new ClusterAuth("apikey", null, null), pki.caPem());
    assertSearchable(clusters.test(c, API_KEY));
    SearchPage page = ClusterSearchers.open(c, null, API_KEY, null, PassageSplitter.defaults())
        .search(SearchRequest.of("heat transfer", 3));
    assertThat(page.hits()).hasSize(3);
    assertThat(proxy.seen()).contains("apikey GET /" + INDEX + "/_mapping -> 200",
        "apikey POST /" + INDEX + "/_search -> 200");
  }

  @Test
  void withoutTheCaFileTheJdkTrustRefusesTheCertificate() {
    ClusterConfig c = config("localhost", basic("reader"), null);
    ClusterException e = failure(() -> clusters.test(c, PASSWORD));
    assertThat(e.getMessage()).startsWith(c.where()).contains("TLS failed").contains("PEM CA file");
    assertThat(e.status()).isZero();
  }

  @Test
  void hostnamesAreVerifiedAgainstTheCertificate() {
    ClusterConfig c = config("127.0.0.1", basic("reader"), pki.caPem());
    ClusterException e = failure(() -> clusters.test(c, PASSWORD));
    assertThat(e.getMessage()).startsWith("OpenSearch at https://127.0.0.1:" + proxy.port()).contains("TLS failed")
        .contains("127.0.0.1").contains("use the host name the certificate names");
    ClusterException search = failure(() -> ClusterSearchers.open(c, null, PASSWORD, null, PassageSplitter.defaults())
        .search(SearchRequest.of("wing", 3)));
    assertThat(search.getMessage()).contains("TLS failed");
  }

  @Test
  void aWrongPasswordOrKeyIsRejectedWithTheClustersReasonButNotShown() {
    String wrong = "not-" + PASSWORD + "-9f2";
    ClusterConfig c = config("localhost", basic("reader"), pki.caPem());
    ClusterException e = failure(() -> clusters.test(c, wrong));
    assertThat(e.getMessage()).startsWith(c.where()).contains("rejected the credentials (HTTP 401)")
        .contains("missing authentication credentials").contains("check the user name").doesNotContain(wrong);
    assertThat(e.status()).isEqualTo(401);
    ClusterException search = failure(() -> ClusterSearchers.open(c, null, wrong, null, PassageSplitter.defaults())
        .search(SearchRequest.of("wing", 3)));
    assertThat(search.getMessage()).contains("rejected the credentials (HTTP 401)").doesNotContain(wrong);
    ClusterConfig key = config("localhost", new ClusterAuth("apikey", null, null), pki.caPem());
    assertThat(failure(() -> clusters.test(key, "wrong-key-77")).getMessage())
        .contains("rejected the credentials (HTTP 401)").doesNotContain("wrong-key-77");
  }

  @Test
  void aUserWithoutPermissionsIsRefusedWithTheClustersReason() {
    ClusterConfig c = config("localhost", basic("intruder"), pki.caPem());
    ClusterException e = failure(() -> clusters.test(c, PASSWORD));
    assertThat(e.getMessage()).startsWith(c.where()).contains("refused access (HTTP 403)")
        .contains("security_exception: no permissions for [cluster:monitor/main] and User [name=intruder")
        .contains("more permissions");
    assertThat(e.status()).isEqualTo(403);
    ClusterException search = failure(() -> ClusterSearchers.open(c, null, PASSWORD, null, PassageSplitter.defaults())
        .search(SearchRequest.of("wing", 3)));
    assertThat(search.getMessage()).contains("refused access (HTTP 403)")
        .contains("no permissions for [indices:data/read/search] and User [name=intruder");
  }

  @Test
  void aMissingSecretNamesTheEnvironmentVariableAndSendsNothing() {
    assertThat(System.getenv(UNSET_ENV)).isNull();
    int before = proxy.seen().size();
    ClusterConfig c = config("localhost", new ClusterAuth("basic", "reader", UNSET_ENV), pki.caPem());
    assertThat(failure(() -> clusters.test(c, null)).getMessage()).startsWith(c.where())
        .contains("needs a password: set the environment variable " + UNSET_ENV);
    assertThat(failure(() -> clusters.test(c, "")).getMessage()).contains("needs a password");
    ClusterConfig key = config("localhost", new ClusterAuth("apikey", null, UNSET_ENV), pki.caPem());
    assertThat(failure(() -> clusters.test(key, null)).getMessage())
        .contains("needs an API key: set the environment variable " + UNSET_ENV);
    ClusterConfig typed = config("localhost", new ClusterAuth("basic", "reader", null), pki.caPem());
    assertThat(failure(() -> clusters.test(typed, null)).getMessage())
        .contains("needs a password: set it in the Corpus tab");
    assertThat(proxy.seen()).hasSize(before);
  }

  @Test
  void aCaFileThatIsNotPemIsNamedAsSuch() throws IOException {
    Path garbage = Files.writeString(dir.resolve("not-a-cert.pem"), "this is not a certificate\n");
    ClusterException e = failure(() -> clusters.test(config("localhost", basic("reader"), garbage), PASSWORD));
    assertThat(e.getMessage()).contains("The CA file " + garbage).contains("is not a readable PEM certificate file");
    Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49\n"
        + "-----END PRIVATE KEY-----\n");
    assertThat(failure(() -> clusters.test(config("localhost", basic("reader"), key), PASSWORD)).getMessage())
        .contains("The CA file " + key + " is not a readable PEM certificate file");
    Path empty = Files.writeString(dir.resolve("empty.pem"), "");
    assertThat(failure(() -> clusters.test(config("localhost", basic("reader"), empty), PASSWORD)).getMessage())
        .contains("The CA file " + empty + " holds no certificate");
    Path missing = dir.resolve("nowhere.pem");
    assertThat(failure(() -> clusters.test(config("localhost", basic("reader"), missing), PASSWORD)).getMessage())
        .contains("The CA file " + missing + " does not exist");
  }

  @Test
  void theSecretIsNeverStoredNorShown() throws IOException {
    String env = "RELWB_TLS_PASSWORD";
    ClusterConfig c = config("localhost", new ClusterAuth("basic", "reader", env), pki.caPem());
    clusters.connect("secured", c, PASSWORD);
    String saved = Files.readString(ctx.workspaceService().paths("secured").settings(), StandardCharsets.UTF_8);
    assertThat(saved).contains("reader", env, "https://localhost:" + proxy.port(), INDEX).doesNotContain(SECRETS);
    assertThat(clusters.config("secured")).contains(c);
    assertThat(c.toString()).doesNotContain(SECRETS);
    assertThat(config("localhost", new ClusterAuth("apikey", null, null), pki.caPem()).toString())
        .doesNotContain(SECRETS);
    assertThat(log.list).as("the cluster client logs its requests at debug level")
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("GET / -> 200"));
  }
}
