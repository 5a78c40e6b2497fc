/// A real, standalone Solr 9 node for relwb's tests, run in its own JVM with its own classpath
/// (`target/lib/*`) so that Solr's Lucene 9 never meets the application's Lucene 10.
///
/// [SolrNodeMain] is the launcher: `--port N --data DIR`. [NodeServer] wires Jetty 10 and Solr's
/// `SolrDispatchFilter` the way Solr's own `server/` does, at `http://127.0.0.1:N/solr`;
/// [SolrHomeTemplate] lays out the Solr home (`solr.xml`, configset `relwb`) under `DIR`.
/// `--load-beir BEIR_DIR --core NAME` loads a BEIR corpus into a core before the ready line ([BeirLoader]).
package dev.relwb.nodes.solr;
