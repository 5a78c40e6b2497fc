package dev.relwb.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/// A throw-away certificate authority and server certificate, made at test time with the JDK's own
/// `keytool` (no certificate is checked in): a CA key pair, a server key pair whose certificate the CA
/// signs with the subject alternative name `dns:localhost` only, the CA exported as PEM for
/// `ClusterConfig.caFile`, and the server's key with its chain (server, CA) in a PKCS#12 key store.
///
/// @param caPem       the CA certificate as PEM (`-----BEGIN CERTIFICATE-----`)
/// @param serverStore the PKCS#12 key store holding the server key and its chain
/// @param password    the password of both key stores and their keys
record KeytoolPki(Path caPem, Path serverStore, String password) {
  private static final long TIMEOUT_SECONDS = 60;

  /// Generates the CA, the server certificate and the PEM file in `dir` (created if missing).
  static KeytoolPki create(Path dir) throws IOException {
    Files.createDirectories(dir);
    String pw = "changeit-" + ProcessHandle.current().pid();
    Path ca = dir.resolve("ca.p12");
    Path server = dir.resolve("server.p12");
    Path csr = dir.resolve("server.csr");
    Path crt = dir.resolve("server.crt");
    Path pem = dir.resolve("ca.pem");
    keytool(dir, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
        "CN=relwb test CA, O=relwb tests", "-ext", "bc:c", "-ext", "ku:c=keyCertSign,cRLSign", "-validity", "2",
        "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", pw);
    keytool(dir, "-exportcert", "-alias", "ca", "-rfc", "-file", pem.toString(), "-keystore", ca.toString(),
        "-storepass", pw);
    keytool(dir, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
        "CN=localhost, O=relwb tests", "-validity", "2", "-keystore", server.toString(), "-storetype", "PKCS12",
        "-storepass", pw);
    keytool(dir, "-certreq", "-alias", "server", "-file", csr.toString(), "-keystore", server.toString(),
        "-storepass", pw);
    keytool(dir, "-gencert", "-alias", "ca", "-infile", csr.toString(), "-outfile", crt.toString(), "-rfc",
        "-ext", "san=dns:localhost", "-ext", "eku=serverAuth", "-ext", "ku:c=digitalSignature", "-validity", "2",
        "-keystore", ca.toString(), "-storepass", pw);
    keytool(dir, "-importcert", "-alias", "ca", "-file", pem.toString(), "-noprompt", "-keystore",
        server.toString(), "-storepass", pw);
    keytool(dir, "-importcert", "-alias", "server", "-file", crt.toString(), "-keystore", server.toString(),
        "-storepass", pw);
    return new KeytoolPki(pem, server, pw);
  }

  /// A server-side TLS context presenting the server certificate and its chain.
  SSLContext serverContext() throws IOException {
    try (InputStream in = Files.newInputStream(serverStore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store, password.toCharArray());
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot load " + serverStore + ": " + e.getMessage(), e);
    }
  }

  /// Runs `keytool args…` of the running JDK in `dir`; fails with its output unless it exits 0.
  private static void keytool(Path dir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("keytool " + args[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: keytool " + args[0], e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " exited " + p.exitValue() + ": " + out);
    }
  }
}
