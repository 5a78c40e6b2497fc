package dev.relwb.ui;

import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import dev.relwb.service.QuerySets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/// Query sets in memory for ViewModel and window tests; records every call.
public final class FakeQuerySets implements QuerySets {
  /// Every call, e.g. `create ws tides`.
  public final List<String> calls = new CopyOnWriteArrayList<>();
  private final Map<String, List<QuerySetItem>> sets = new LinkedHashMap<>();
  private final Map<String, String> guidelines = new LinkedHashMap<>();
  /// The judged share reported for every query.
  public volatile double share = 0.5;
  /// Judged shares of single topics, over [#share].
  public final Map<QueryId, Double> shares = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public synchronized List<QuerySet> sets(String workspace) {
    return sets.entrySet().stream().map(e -> new QuerySet(e.getKey(), guidelines.getOrDefault(e.getKey(), ""),
        "2026-12-06T00:00:00Z", e.getValue().size())).toList();
  }

  @Override
  public synchronized void create(String workspace, String name) {
    calls.add("create " + workspace + " " + name);
    if (sets.putIfAbsent(name, new ArrayList<>()) != null) {
      throw new WorkbenchException("The query set '" + name + "' exists already: pick another name");
    }
  }

  @Override
  public synchronized void rename(String workspace, String from, String to) {
    calls.add("rename " + from + " " + to);
    sets.put(to, sets.remove(from));
    guidelines.put(to, guidelines.remove(from));
  }

  @Override
  public synchronized void delete(String workspace, String name) {
    calls.add("delete " + name);
    sets.remove(name);
  }

  @Override
  public synchronized void setGuidelines(String workspace, String set, String markdown) {
    calls.add("guidelines " + set);
    guidelines.put(set, markdown);
  }

  @Override
  public synchronized List<QuerySetItem> items(String workspace, String set) {
    return List.copyOf(sets.getOrDefault(set, List.of()));
  }

  @Override
  public synchronized QuerySetItem addQuery(String workspace, String set, String text, String language,
      String infoNeed, String notes) {
    calls.add("add " + set + " " + text);
    List<QuerySetItem> items = sets.computeIfAbsent(set, k -> new ArrayList<>());
    QuerySetItem item = new QuerySetItem(new Topic(new QueryId("t" + (items.size() + 1)), text, language, "set"),
        items.size() + 1, infoNeed, notes);
    items.add(item);
    return item;
  }

  @Override
  public synchronized void updateQuery(String workspace, String set, QueryId topic, String infoNeed, String notes) {
    calls.add("update " + set + " " + topic.value());
    List<QuerySetItem> items = sets.get(set);
    items.replaceAll(i -> i.topic().id().equals(topic) ? new QuerySetItem(i.topic(), i.position(), infoNeed, notes) : i);
  }

  @Override
  public synchronized void removeQuery(String workspace, String set, QueryId topic) {
    calls.add("remove " + set + " " + topic.value());
    sets.get(set).removeIf(i -> i.topic().id().equals(topic));
  }

  @Override
  public synchronized Map<QueryId, Double> judgedShares(String workspace, String set, int k, String template) {
    Map<QueryId, Double> out = new LinkedHashMap<>();
    sets.getOrDefault(set, List.of())
        .forEach(i -> out.put(i.topic().id(), shares.getOrDefault(i.topic().id(), share)));
    return out;
  }

  @Override
  public int importFile(String workspace, String set, String format, Path file) {
    calls.add("import " + set + " " + format + " " + file.getFileName());
    return 0;
  }

  @Override
  public int exportFile(String workspace, String set, String format, Path file) {
    calls.add("export " + set + " " + format + " " + file.getFileName());
    return items(workspace, set).size();
  }
}
