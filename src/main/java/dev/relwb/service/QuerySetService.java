package dev.relwb.service;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Topic;
import dev.relwb.core.WorkbenchException;
import dev.relwb.ingest.QueryEntry;
import dev.relwb.ingest.QueryFiles;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.JudgmentStore;
import dev.relwb.judge.QuerySet;
import dev.relwb.judge.QuerySetItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Query sets of a workspace, kept in its judgments store (see [QuerySets]). Each call opens the store for
/// the call; every change is one transaction that also appends to the store's history of changes.
public final class QuerySetService implements QuerySets {
  private final JudgmentService judgments;
  private final SearchService search;

  /// Query sets over the judgments store, searching with `search` for the judged shares.
  public QuerySetService(JudgmentService judgments, SearchService search) {
    this.judgments = judgments;
    this.search = search;
  }

  @Override
  public List<QuerySet> sets(String workspace) {
    return judgments.hasDatabase(workspace) ? judgments.withStore(workspace, s -> s.team().querySets()) : List.of();
  }

  @Override
  public void create(String workspace, String name) {
    judgments.withStore(workspace, s -> {
      s.team().createQuerySet(name);
      return null;
    });
  }

  @Override
  public void rename(String workspace, String from, String to) {
    judgments.withStore(workspace, s -> {
      s.team().renameQuerySet(from, to);
      return null;
    });
  }

  @Override
  public void delete(String workspace, String name) {
    judgments.withStore(workspace, s -> {
      s.team().deleteQuerySet(name);
      return null;
    });
  }

  @Override
  public void setGuidelines(String workspace, String set, String markdown) {
    judgments.withStore(workspace, s -> {
      s.team().setGuidelines(set, markdown);
      return null;
    });
  }

  @Override
  public List<QuerySetItem> items(String workspace, String set) {
    return judgments.withStore(workspace, s -> s.team().items(set));
  }

  @Override
  public QuerySetItem addQuery(String workspace, String set, String text, String language, String infoNeed,
      String notes) {
    if (text == null || text.isBlank()) {
      throw new WorkbenchException("A query needs text: give the words to search for");
    }
    return judgments.withStore(workspace, s -> {
      Topic topic = JudgmentService.topicFor(s.topics(), text, language);
      s.team().putQuery(set, topic, infoNeed, notes);
      return item(s, set, topic.id());
    });
  }

  @Override
  public void updateQuery(String workspace, String set, QueryId topic, String infoNeed, String notes) {
    judgments.withStore(workspace, s -> {
      s.team().putQuery(set, item(s, set, topic).topic(), infoNeed, notes);
      return null;
    });
  }

  @Override
  public void removeQuery(String workspace, String set, QueryId topic) {
    judgments.withStore(workspace, s -> {
      item(s, set, topic);
      s.team().removeQuery(set, topic);
      return null;
    });
  }

  /// The share of each query's first-stage top `k` documents (a bag-of-words search of its text in its
  /// language, else the workspace's) that has a graded current judgment, as the Search tab counts them:
  /// judged documents over the documents returned (0 when none are).
  @Override
  public Map<QueryId, Double> judgedShares(String workspace, String set, int k, String template) {
    if (k < 1) {
      throw new WorkbenchException("The depth k of the judged share must be at least 1, not " + k);
    }
    Map<QueryId, Double> out = new LinkedHashMap<>();
    for (QuerySetItem i : items(workspace, set)) {
      List<DocId> top = topDocuments(workspace, i.topic(), k, template);
      Map<DocId, Judgment> current = top.isEmpty() ? Map.of() : judgments.judgments(workspace, i.topic().id());
      long judged = top.stream().filter(d -> current.containsKey(d) && current.get(d).isGraded()).count();
      out.put(i.topic().id(), top.isEmpty() ? 0.0 : (double) judged / top.size());
    }
    return out;
  }

  private List<DocId> topDocuments(String workspace, Topic topic, int k, String template) {
    if (topic.text().isBlank()) {
      return List.of();
    }
    SearchQuery q = new SearchQuery(topic.text(), topic.language(), k, false, false, false, null, null, null)
        .withTemplate(template);
    return search.search(workspace, q).hits().stream().map(h -> new DocId(h.docId())).distinct().toList();
  }

  /// Reads the whole file first (a bad file changes nothing), then creates the set if needed and adds every
  /// query in one transaction: by its id where the format has ids, else by its text as [Judging#topicFor].
  @Override
  public int importFile(String workspace, String set, String format, Path file) {
    List<QueryEntry> entries = QueryFiles.read(QueryFiles.Format.parse(format), file);
    if (entries.isEmpty()) {
      throw new WorkbenchException("No queries in " + file + ": check that it is a " + format + " query file");
    }
    String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return judgments.withStore(workspace, s -> {
      List<Topic> known = new ArrayList<>(s.topics());
      List<QuerySetItem> items = new ArrayList<>();
      for (QueryEntry e : entries) {
        Topic t = e.id() != null ? new Topic(new QueryId(e.id()), e.text(), e.language(), source)
            : JudgmentService.topicFor(known, e.text(), e.language());
        known.add(t);
        items.add(new QuerySetItem(t, items.size() + 1, e.infoNeed(), e.notes()));
      }
      if (s.team().querySet(set).isEmpty()) {
        s.team().createQuerySet(set);
      }
      s.team().putQueries(set, items);
      return items.size();
    });
  }

  @Override
  public int exportFile(String workspace, String set, String format, Path file) {
    QueryFiles.Format fmt = QueryFiles.Format.parse(format);
    List<QueryEntry> entries = items(workspace, set).stream().map(i -> new QueryEntry(i.topic().id().value(),
        i.topic().text(), i.topic().language(), i.infoNeed(), i.notes())).toList();
    QueryFiles.write(fmt, entries, file);
    return entries.size();
  }

  private static QuerySetItem item(JudgmentStore s, String set, QueryId topic) {
    return s.team().items(set).stream().filter(i -> i.topic().id().equals(topic)).findFirst()
        .orElseThrow(() -> new WorkbenchException("Query '" + topic.value() + "' is not in the query set '" + set
            + "': relwb queryset show lists its queries"));
  }
}
