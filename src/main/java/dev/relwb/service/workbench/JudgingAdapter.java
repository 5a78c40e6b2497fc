package dev.relwb.service.workbench;

import dev.relwb.core.AppDirs;
import dev.relwb.core.DocId;
import dev.relwb.core.Grade;
import dev.relwb.core.QueryId;
import dev.relwb.core.WorkspacePaths;
import dev.relwb.judge.JudgmentState;
import dev.relwb.judge.JudgmentStore;
import dev.relwb.judge.NewJudgment;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/// `Judging` over the workspace's SQLite judgment store (the eval branch's `JudgmentStore`):
/// typed queries become topics, judgments are appended at once, and the live metrics come from
/// the eval package's trec_eval-exact metrics (`LiveMetrics`).
final class JudgingAdapter implements Judging {
  private final AppDirs dirs;
  private final String annotator;

  JudgingAdapter(AppDirs dirs, String annotator) {
    this.dirs = dirs;
    this.annotator = annotator;
  }

  <T> T withStore(String workspace, Function<JudgmentStore, T> work) {
    try (JudgmentStore store = JudgmentStore.open(WorkspacePaths.of(dirs, workspace).judgmentsDb())) {
      return work.apply(store);
    }
  }

  @Override
  public Topic topicFor(String workspace, String queryText, String language) {
    String text = queryText.strip();
    return withStore(workspace, s -> {
      Optional<dev.relwb.judge.Topic> known = s.topics().stream()
          .filter(t -> t.text() != null && t.text().strip().equalsIgnoreCase(text)).findFirst();
      dev.relwb.judge.Topic t = known.orElseGet(() -> {
        dev.relwb.judge.Topic created = new dev.relwb.judge.Topic(new QueryId(typedId(text)), text,
            language == null || language.equals("auto") ? null : language, "typed");
        s.addTopicIfAbsent(created);
        return created;
      });
      return new Topic(t.id(), t.text(), t.language() == null ? "" : t.language());
    });
  }

  /// A stable id for a typed query: `typed-` and 10 hex digits of the SHA-256 of its lower-cased text.
  static String typedId(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "typed-" + HexFormat.of().formatHex(h, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public Map<DocId, Judgment> judgments(String workspace, Topic topic) {
    return withStore(workspace, s -> latestPerDoc(s.current(topic.id())));
  }

  /// The most recent current judgment per document (whoever made it).
  static Map<DocId, Judgment> latestPerDoc(List<dev.relwb.judge.Judgment> current) {
    Map<DocId, dev.relwb.judge.Judgment> latest = new LinkedHashMap<>();
    for (dev.relwb.judge.Judgment j : current) {
      latest.merge(j.doc(), j, (a, b) -> a.id() >= b.id() ? a : b);
    }
    Map<DocId, Judgment> out = new LinkedHashMap<>();
    latest.forEach((doc, j) -> out.put(doc, new Judgment(switch (j.state()) {
      case GRADED -> Judgment.State.GRADED;
      case SKIP -> Judgment.State.SKIPPED;
      case UNRATEABLE -> Judgment.State.UNRATEABLE;
    }, j.grade() == null ? 0 : j.grade().value(), j.note())));
    return out;
  }

  @Override
  public void save(String workspace, Topic topic, DocId doc, Judgment j) {
    JudgmentState state = switch (j.state()) {
      case GRADED -> JudgmentState.GRADED;
      case SKIPPED -> JudgmentState.SKIP;
      case UNRATEABLE -> JudgmentState.UNRATEABLE;
    };
    NewJudgment row = new NewJudgment(topic.id(), doc, state, j.isGraded() ? new Grade(j.grade()) : null, annotator,
        j.note().isBlank() ? null : j.note());
    withStore(workspace, s -> s.record(row));
  }

  @Override
  public List<Topic> topics(String workspace) {
    return withStore(workspace, s -> s.topics().stream()
        .map(t -> new Topic(t.id(), t.text() == null ? "" : t.text(), t.language() == null ? "" : t.language()))
        .toList());
  }

  @Override
  public QueryMetrics metrics(List<DocId> ranking, Map<DocId, Judgment> judgments) {
    return LiveMetrics.of(ranking, judgments);
  }
}
