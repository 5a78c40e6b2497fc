package dev.relwb.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/// An SSL context that trusts the CA certificates of one PEM file (and only those). Host names are
/// still verified by the HTTP client.
final class TrustedCertificates {
  private TrustedCertificates() { }

  /// A TLS context trusting the certificates in `pem`.
  static SSLContext sslContext(Path pem) {
    if (!Files.isRegularFile(pem)) {
      throw new ClusterException("The CA file " + pem + " does not exist: give the PEM file of the cluster's"
          + " certificate authority");
    }
    try (InputStream in = Files.newInputStream(pem)) {
      Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
      if (certs.isEmpty()) {
        throw new ClusterException("The CA file " + pem + " holds no certificate: give a PEM file with"
            + " -----BEGIN CERTIFICATE----- blocks");
      }
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int i = 0;
      for (Certificate c : certs) {
        store.setCertificateEntry("ca-" + i++, c);
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, tmf.getTrustManagers(), null);
      return ctx;
    } catch (IOException | GeneralSecurityException e) {
      throw new ClusterException("The CA file " + pem + " is not a readable PEM certificate file (" + e.getMessage()
          + "): give the PEM file of the cluster's certificate authority", 0, e);
    }
  }
}
