package dev.relwb.nodes.solr;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.DispatcherType;
import javax.servlet.ServletContextEvent;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.servlet.CoreContainerProvider;
import org.apache.solr.servlet.SolrDispatchFilter;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/// Jetty 10 with Solr's servlet pieces, as Solr's `server/etc/jetty.xml` + `web.xml` set them up:
/// a [CoreContainerProvider] listener that builds the `CoreContainer` from the Solr home, and
/// `SolrDispatchFilter` on `/*` of the context `/solr`. One HTTP/1.1 (+ h2c) connector on 127.0.0.1.
final class NodeServer {

  static final String CONTEXT = "/solr";

  private final Server server;
  private final ServerConnector connector;
  private final AtomicReference<CoreContainer> cores = new AtomicReference<>();

  NodeServer(int port, Path solrHome) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 4, 60_000);
    threads.setName("solr-jetty");
    server = new Server(threads);
    server.setStopTimeout(15_000);

    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setRequestHeaderSize(64 * 1024);
    connector = new ServerConnector(server, new HttpConnectionFactory(http),
        new HTTP2CServerConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    connector.setReuseAddress(true);
    connector.setIdleTimeout(120_000);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
    context.setContextPath(CONTEXT);
    Properties nodeProps = new Properties();
    nodeProps.setProperty("hostPort", Integer.toString(port));
    nodeProps.setProperty("hostContext", CONTEXT);
    context.addEventListener(new CoreContainerProvider() {
      @Override
      public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setAttribute(SolrDispatchFilter.PROPERTIES_ATTRIBUTE, nodeProps);
        event.getServletContext().setAttribute(SolrDispatchFilter.SOLRHOME_ATTRIBUTE, solrHome.toString());
        super.contextInitialized(event);
      }

      @Override
      protected CoreContainer createCoreContainer(Path home, Properties props) {
        CoreContainer container = super.createCoreContainer(home, props);
        cores.set(container);
        return container;
      }
    });
    FilterHolder dispatch = context.getServletHandler().newFilterHolder(
        org.eclipse.jetty.servlet.Source.EMBEDDED);
    dispatch.setHeldClass(SolrDispatchFilter.class);
    context.addFilter(dispatch, "/*", EnumSet.of(DispatcherType.REQUEST));
    server.setHandler(context);
  }

  /// Starts Jetty; the `CoreContainer` is built while the context starts.
  void start() throws Exception {
    server.start();
  }

  /// The `CoreContainer`, or null when Solr failed to build it (the cause is in the log).
  CoreContainer cores() {
    return cores.get();
  }

  int port() {
    return connector.getLocalPort();
  }

  /// Stops Jetty, which shuts the `CoreContainer` down (cores close and commit).
  void stop() throws Exception {
    server.stop();
  }

  void join() throws InterruptedException {
    server.join();
  }
}
