package dev.relwb.service;

import dev.relwb.core.QueryId;
import dev.relwb.core.WorkbenchException;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// Query sets of a workspace, kept in its judgments store (see [QuerySets]).
public final class QuerySetService implements QuerySets {
  private final JudgmentService judgments;
  private final SearchService search;

  /// Query sets over the judgments store, searching with `search` for the judged shares.
  public QuerySetService(JudgmentService judgments, SearchService search) {
    this.judgments = judgments;
    this.search = search;
  }

  private static WorkbenchException todo() {
    return new WorkbenchException("Query sets are not available in this build yet");
  }

  @Override
  public List<QuerySet> sets(String workspace) {
    throw todo();
  }

  @Override
  public void create(String workspace, String name) {
    throw todo();
  }

  @Override
  public void rename(String workspace, String from, String to) {
    throw todo();
  }

  @Override
  public void delete(String workspace, String name) {
    throw todo();
  }

  @Override
  public void setGuidelines(String workspace, String set, String markdown) {
    throw todo();
  }

  @Override
  public List<QuerySetItem> items(String workspace, String set) {
    throw todo();
  }

  @Override
  public QuerySetItem addQuery(String workspace, String set, String text, String language, String infoNeed,
      String notes) {
    throw todo();
  }

  @Override
  public void updateQuery(String workspace, String set, QueryId topic, String infoNeed, String notes) {
    throw todo();
  }

  @Override
  public void removeQuery(String workspace, String set, QueryId topic) {
    throw todo();
  }

  @Override
  public Map<QueryId, Double> judgedShares(String workspace, String set, int k, String template) {
    throw todo();
  }

  @Override
  public int importFile(String workspace, String set, String format, Path file) {
    throw todo();
  }

  @Override
  public int exportFile(String workspace, String set, String format, Path file) {
    throw todo();
  }
}
