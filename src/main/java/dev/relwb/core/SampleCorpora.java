package dev.relwb.core;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Finds the bundled `sample-corpora/` folder (its `sample/` subfolder is a BEIR collection:
/// `corpus.jsonl`, `queries.jsonl`, `qrels/test.tsv`).
///
/// Lookup order, first folder that holds `sample/corpus.jsonl` wins:
/// 1. the `relwb.samples` system property (set by the `bin/relwb` script and the installed launchers);
/// 2. `<folder of the app jar>/sample-corpora` (jpackage image: `$APPDIR/sample-corpora`);
/// 3. `<folder of the app jar>/../sample-corpora` (`target/dist/lib/..`, and `target/classes/..` in a checkout);
/// 4. `sample-corpora` in the working directory.
public final class SampleCorpora {
  /// The system property that names the sample-corpora folder.
  public static final String PROPERTY = "relwb.samples";

  private SampleCorpora() { }

  /// The sample-corpora folder of this installation, if there is one.
  public static Optional<Path> root() {
    return locate(System.getProperty(PROPERTY), codeLocation(), Path.of("").toAbsolutePath());
  }

  /// The BEIR folder of the default sample collection (`<root>/sample`), if installed.
  public static Optional<Path> sample() {
    return root().map(r -> r.resolve("sample"));
  }

  /// The lookup with its inputs made explicit (testable without globals); any input may be null.
  public static Optional<Path> locate(String property, Path codeLocation, Path workingDir) {
    List<Path> candidates = new ArrayList<>();
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    if (codeLocation != null && codeLocation.getParent() != null) {
      Path dir = codeLocation.getParent();
      candidates.add(dir.resolve("sample-corpora"));
      if (dir.getParent() != null) {
        candidates.add(dir.getParent().resolve("sample-corpora"));
      }
    }
    if (workingDir != null) {
      candidates.add(workingDir.resolve("sample-corpora"));
    }
    return candidates.stream()
        .filter(p -> Files.isRegularFile(p.resolve("sample").resolve("corpus.jsonl")))
        .map(p -> p.toAbsolutePath().normalize())
        .findFirst();
  }

  private static Path codeLocation() {
    CodeSource source = SampleCorpora.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
