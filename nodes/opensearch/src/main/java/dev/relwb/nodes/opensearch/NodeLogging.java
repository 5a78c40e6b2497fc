package dev.relwb.nodes.opensearch;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/// Log4j set up in code (there is no distribution `config/log4j2.properties`): everything at INFO
/// into `logs/opensearch.log` under the data directory, only warnings and errors on stdout;
/// `java.util.logging` (Lucene's start-up notes) goes the same way.
final class NodeLogging {
  private static final String PATTERN = "[%d{ISO8601}][%-5p][%-25c{1.}] [%t] %m%n";

  private NodeLogging() {}

  /// Configures Log4j; call before any OpenSearch class is touched (they take loggers statically).
  static void configure(Path logFile) {
    // before anything touches java.util.logging
    System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
    ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
    b.setConfigurationName("relwb-opensearch-node");
    b.setStatusLevel(Level.ERROR);
    // the launcher closes the node in its own shutdown hook and stops Log4j after that
    b.setShutdownHook("disable");
    b.add(b.newAppender("file", "File")
        .addAttribute("fileName", logFile.toString())
        .addAttribute("append", true)
        .add(b.newLayout("PatternLayout").addAttribute("pattern", PATTERN)));
    b.add(b.newAppender("stdout", "Console")
        .addAttribute("target", ConsoleAppender.Target.SYSTEM_OUT)
        .add(b.newLayout("PatternLayout").addAttribute("pattern", "[%-5p][%c{1.}] %m%n"))
        .add(b.newFilter("ThresholdFilter", Filter.Result.ACCEPT, Filter.Result.DENY)
            .addAttribute("level", Level.WARN)));
    // deprecation notices go to the file only
    b.add(b.newLogger("org.opensearch.deprecation", Level.WARN)
        .add(b.newAppenderRef("file")).addAttribute("additivity", false));
    // warns at every start that a setting nobody set is off
    b.add(b.newLogger("org.opensearch.gateway.DanglingIndicesState", Level.ERROR));
    b.add(b.newRootLogger(Level.INFO).add(b.newAppenderRef("file")).add(b.newAppenderRef("stdout")));
    Configurator.initialize(b.build());
  }

  /// Flushes and stops Log4j.
  static void shutdown() {
    LogManager.shutdown();
  }
}
