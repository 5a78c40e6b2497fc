package dev.relwb.service;

import dev.relwb.core.QueryId;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Query sets (Quepid's cases) of a workspace as the window and the CLI use them: named sets of queries,
/// each with an optional information need and notes, Markdown judging guidelines per set, import and
/// export (TREC topics, BEIR `queries.jsonl`, Quepid's query CSV, a plain text list), and each query's
/// judged share. Every change is kept in the workspace's store with its history. Implemented by
/// [QuerySetService]; a port so ViewModel tests can stand in.
public interface QuerySets {
  /// The file formats of [#importFile] and [#exportFile].
  List<String> FORMATS = List.of("trec", "beir", "quepid", "text");

  /// The workspace's query sets, by name.
  @Blocking
  List<QuerySet> sets(String workspace);

  /// Creates an empty set.
  @Blocking
  void create(String workspace, String name);

  /// Renames a set.
  @Blocking
  void rename(String workspace, String from, String to);

  /// Deletes a set (its topics and judgments stay).
  @Blocking
  void delete(String workspace, String name);

  /// Replaces the set's Markdown judging guidelines.
  @Blocking
  void setGuidelines(String workspace, String set, String markdown);

  /// The set's queries, in order.
  @Blocking
  List<QuerySetItem> items(String workspace, String set);

  /// Adds the query `text` (its topic found or made as the Search tab makes it, in `language`, `auto` =
  /// detect) to `set`, with an optional information need and notes; returns it as stored.
  @Blocking
  QuerySetItem addQuery(String workspace, String set, String text, String language, String infoNeed, String notes);

  /// Updates the information need and notes of a query of the set.
  @Blocking
  void updateQuery(String workspace, String set, QueryId topic, String infoNeed, String notes);

  /// Removes a query from the set (its topic and judgments stay).
  @Blocking
  void removeQuery(String workspace, String set, QueryId topic);

  /// For each query of the set: the share of its first-stage top `k` (template `template`, null = default,
  /// for a cluster workspace) that has a current judgment, 0–1.
  @Blocking
  Map<QueryId, Double> judgedShares(String workspace, String set, int k, String template);

  /// Adds the queries of `file` (a format of [#FORMATS]) to `set`, creating it if needed; returns how many.
  @Blocking
  int importFile(String workspace, String set, String format, Path file);

  /// Writes the set's queries to `file` in a format of [#FORMATS]; returns how many.
  @Blocking
  int exportFile(String workspace, String set, String format, Path file);
}
