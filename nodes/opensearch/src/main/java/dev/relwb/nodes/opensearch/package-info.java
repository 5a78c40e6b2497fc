/// A single OpenSearch node started from jars on the classpath, for tests and for people trying the
/// app against a real engine: [OpenSearchNodeMain] builds the settings, loads the
/// `transport-netty4` and `analysis-common` modules as classpath plugins ([ClasspathPluginNode]),
/// logs to a file under the data directory ([NodeLogging]) and announces its URL once HTTP answers,
/// after loading a BEIR corpus into an index when asked to (`--load-beir DIR --index NAME`, [BeirLoader]).
package dev.relwb.nodes.opensearch;
