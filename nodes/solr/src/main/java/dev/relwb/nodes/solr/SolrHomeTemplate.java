package dev.relwb.nodes.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/// The Solr home template shipped in this jar under `dev/relwb/nodes/solr/home/`: `solr.xml` and
/// the configset `relwb`. [#install(Path)] copies it into a Solr home, leaving cores (and their
/// indexes) already there untouched, so a restart on the same data directory finds them again.
final class SolrHomeTemplate {

  private static final String BASE = "/dev/relwb/nodes/solr/home/";

  /// Files of the template, relative to the Solr home.
  static final List<String> FILES = List.of(
      "solr.xml",
      "configsets/relwb/conf/solrconfig.xml",
      "configsets/relwb/conf/schema.xml",
      "configsets/relwb/conf/stopwords_en.txt");

  private SolrHomeTemplate() {
  }

  /// Writes the template files into `home` (overwriting older copies of them: cores read their
  /// configset from `configsets/`, so they follow the jar's version).
  static void install(Path home) {
    try {
      for (String file : FILES) {
        Path target = home.resolve(file);
        Files.createDirectories(target.getParent());
        try (InputStream in = SolrHomeTemplate.class.getResourceAsStream(BASE + file)) {
          if (in == null) {
            throw new IllegalStateException("missing template resource " + BASE + file);
          }
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the Solr home " + home, e);
    }
  }
}
