package dev.relwb.cli;

import dev.relwb.core.Json;
import dev.relwb.search.Hit;
import dev.relwb.search.SearchPage;
import dev.relwb.search.Snippet;
import dev.relwb.service.SearchQuery;
import dev.relwb.service.Services;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/// `relwb search --workspace W [--lang CODE|auto] [--k 10] [--explain] [--template NAME] [--json] QUERY`.
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "First-stage search in a workspace (its BM25 index, or its cluster through a query template):"
        + " ranked documents (or passages) with highlighted snippets.")
public final class SearchCommand implements Callable<Integer> {
  private final Services services;
  @Spec CommandSpec spec;

  @Mixin WorkspaceOption workspace;
  @Mixin QueryLanguageOption lang;
  @Option(names = "--k", defaultValue = "10", description = "Number of hits. Default: ${DEFAULT-VALUE}.")
  int k;
  @Option(names = "--passages", description = "List passages instead of documents.")
  boolean passages;
  @Option(names = "--bag-of-words", description = "Treat the query as plain words (no query syntax).")
  boolean bagOfWords;
  @Option(names = "--explain", description = "Show the BM25 explanation of each hit.")
  boolean explain;
  @Mixin Bm25Options bm25;
  @Mixin TemplateOption template;
  @Mixin JsonOption json;
  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (words, or Lucene query syntax).")
  List<String> query;

  SearchCommand(Services services) {
    this.services = services;
  }

  @Override
  public Integer call() throws Exception {
    SearchPage r = services.searchService().search(workspace.name(),
        new SearchQuery(String.join(" ", query), lang.code(), k, passages, !bagOfWords, explain, bm25.k1(), bm25.b(),
            template.name()));
    var out = spec.commandLine().getOut();
    if (json.enabled()) {
      out.println(Json.mapper().writeValueAsString(r));
      out.flush();
      return 0;
    }
    r.notices().forEach(n -> spec.commandLine().getErr().println("note: " + n));
    out.println(String.format(Locale.ROOT, "%d matches; language %s (%s); %.1f ms", r.totalMatches(),
        r.language(), r.analyzer(), r.millis()));
    for (Hit h : r.hits()) {
      out.println(String.format(Locale.ROOT, "%3d. %10.4f  %s%s", h.rank(), h.score(), h.id(),
          h.title() == null || h.title().isBlank() ? "" : "  " + h.title()));
      if (h.snippet() != null) {
        out.println("       " + marked(h.snippet()));
      }
      if (h.explanation() != null) {
        h.explanation().toText().lines().forEach(l -> out.println("       " + l));
      }
    }
    out.flush();
    return 0;
  }

  /// The snippet with highlighted ranges wrapped in `[` `]`.
  static String marked(Snippet snip) {
    String snippet = snip.text();
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (Snippet.Span s : snip.highlights()) {
      if (s.start() < at || s.end() > snippet.length()) {
        continue;
      }
      sb.append(snippet, at, s.start()).append('[').append(snippet, s.start(), s.end()).append(']');
      at = s.end();
    }
    return sb.append(snippet.substring(at)).toString().replaceAll("\\s+", " ");
  }
}
