package dev.relwb.judge;

import dev.relwb.core.DocId;
import dev.relwb.core.QueryId;
import dev.relwb.core.Ranking;
import dev.relwb.core.RunMetadata;
import dev.relwb.core.ScoredHit;
import dev.relwb.core.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// One write of the team-store kill test, as the child prints it once the write returned: a kind and its
/// arguments, tab-separated (an empty argument is a null note).
///
/// | kind | args | store call |
/// | --- | --- | --- |
/// | `create` | set | `createQuerySet` |
/// | `query` | set, topic, info need, notes | `putQuery` (topic text `text of <topic>`) |
/// | `guide` | set, Markdown | `setGuidelines` |
/// | `annotator` | name | `addAnnotator` |
/// | `snapshot` | name, set | `saveSnapshot` with two lists, each a [SavedRun] of [#LIST_HITS] hits per topic |
/// | `rename` | from, to | `renameQuerySet` |
/// | `delete` | set | `deleteQuerySet` |
/// | `unsnap` | name | `deleteSnapshot` |
/// | `remove` | set, topic | `removeQuery` |
record TeamOp(String kind, List<String> args) {
  /// The lists of every snapshot.
  static final List<String> LISTS = List.of("BM25", "mono-XM");
  /// Topics of every snapshot list.
  static final List<String> LIST_TOPICS = List.of("q1", "q2", "q3");
  /// Hits per topic of every snapshot list.
  static final int LIST_HITS = 20;

  TeamOp {
    args = List.copyOf(args);
  }

  static TeamOp of(String kind, String... args) {
    return new TeamOp(kind, Arrays.asList(args));
  }

  String arg(int i) {
    return args.get(i);
  }

  /// The line the child prints.
  String encode() {
    return kind + "\t" + String.join("\t", args);
  }

  /// Reads a printed line back.
  static TeamOp parse(String line) {
    String[] f = line.split("\t", -1);
    return new TeamOp(f[0], Arrays.asList(f).subList(1, f.length));
  }

  /// Performs this write on `t`.
  void applyTo(TeamStore t) {
    switch (kind) {
      case "create" -> t.createQuerySet(arg(0));
      case "query" -> t.putQuery(arg(0), topic(arg(1)), arg(2), arg(3).isEmpty() ? null : arg(3));
      case "guide" -> t.setGuidelines(arg(0), arg(1));
      case "annotator" -> t.addAnnotator(arg(0));
      case "snapshot" -> t.saveSnapshot(new Snapshot(arg(0), arg(1), java.time.Instant.now().toString(), "note",
          LISTS.stream().map(l -> new Snapshot.SnapshotList(l, Snapshot.runName(arg(0), l))).toList()),
          LISTS.stream().map(l -> run(Snapshot.runName(arg(0), l))).toList());
      case "rename" -> t.renameQuerySet(arg(0), arg(1));
      case "delete" -> t.deleteQuerySet(arg(0));
      case "unsnap" -> t.deleteSnapshot(arg(0));
      case "remove" -> t.removeQuery(arg(0), new QueryId(arg(1)));
      default -> throw new IllegalArgumentException("unknown op " + kind);
    }
  }

  static Topic topic(String id) {
    return new Topic(new QueryId(id), "text of " + id, "en", "kill-test");
  }

  private static SavedRun run(String name) {
    List<Ranking> rankings = new ArrayList<>();
    for (String q : LIST_TOPICS) {
      List<ScoredHit> hits = new ArrayList<>();
      for (int i = 0; i < LIST_HITS; i++) {
        hits.add(new ScoredHit(new DocId(q + "-d" + i), i + 1, LIST_HITS - i));
      }
      rankings.add(new Ranking(new QueryId(q), "BM25", hits));
    }
    return new SavedRun(name, RunMetadata.bm25(1.2, 0.75, "2026-01-01T00:00:00Z"), rankings);
  }
}
