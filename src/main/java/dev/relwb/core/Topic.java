package dev.relwb.core;

/// A topic (query) of a workspace or a test collection: its id, the query text, its language code
/// (null when unknown) and where it came from (e.g. `typed`, `qrels import`, `queries.jsonl`).
/// The one topic record of the app: collection readers make it, the judgment store keeps it, and the
/// UI and the CLI show it.
public record Topic(QueryId id, String text, String language, String source) {
  /// A missing text becomes empty and a blank language null.
  public Topic {
    java.util.Objects.requireNonNull(id, "id");
    text = text == null ? "" : text;
    language = language == null || language.isBlank() ? null : language;
  }

  /// A topic with id and text only (language unknown, no source).
  public static Topic of(String id, String text) {
    return new Topic(new QueryId(id), text, null, null);
  }

  /// The language, or `fallback` when unknown.
  public String languageOr(String fallback) {
    return language == null ? fallback : language;
  }
}
