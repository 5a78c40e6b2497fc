package dev.relwb.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/// The kill test's expected team tables: what a sequence of [TeamOp]s must leave in the store, and the
/// change-history entry (`kind action subject`) each write appends. Also makes up the next valid write.
final class TeamModel {
  /// Query set name → guidelines and items (topic → info need, notes) in their order.
  private final Map<String, SetState> sets = new TreeMap<>();
  private final Map<String, String> snapshots = new TreeMap<>();
  private final Set<String> deletedSnapshots = new TreeSet<>();
  private final Set<String> annotators = new TreeSet<>();
  private final List<String> changes = new ArrayList<>();

  private static final class SetState {
    String guidelines = "";
    final Map<String, String[]> items = new LinkedHashMap<>();
  }

  /// The expected history so far, one `kind action subject` per write.
  List<String> changes() {
    return changes;
  }

  /// Applies `op` to the expected state; returns the history entry it adds.
  String apply(TeamOp op) {
    String change = switch (op.kind()) {
      case "create" -> {
        sets.put(op.arg(0), new SetState());
        yield "query_set create " + op.arg(0);
      }
      case "query" -> {
        String[] was = sets.get(op.arg(0)).items.put(op.arg(1),
            new String[] {op.arg(2), op.arg(3).isEmpty() ? null : op.arg(3)});
        yield "query " + (was == null ? "add " : "update ") + op.arg(0) + "/" + op.arg(1);
      }
      case "guide" -> {
        sets.get(op.arg(0)).guidelines = op.arg(1);
        yield "guidelines update " + op.arg(0);
      }
      case "annotator" -> {
        annotators.add(op.arg(0));
        yield "annotator add " + op.arg(0);
      }
      case "snapshot" -> {
        snapshots.put(op.arg(0), op.arg(1));
        yield "snapshot create " + op.arg(0);
      }
      case "rename" -> {
        sets.put(op.arg(1), sets.remove(op.arg(0)));
        yield "query_set rename " + op.arg(0);
      }
      case "delete" -> {
        sets.remove(op.arg(0));
        yield "query_set delete " + op.arg(0);
      }
      case "unsnap" -> {
        snapshots.remove(op.arg(0));
        deletedSnapshots.add(op.arg(0));
        yield "snapshot delete " + op.arg(0);
      }
      case "remove" -> {
        sets.get(op.arg(0)).items.remove(op.arg(1));
        yield "query remove " + op.arg(0) + "/" + op.arg(1);
      }
      default -> throw new IllegalArgumentException("unknown op " + op.kind());
    };
    changes.add(change);
    return change;
  }

  /// A write that is valid in the current state (names made unique with `n`, the write's number).
  TeamOp next(Random rnd, int n) {
    List<String> names = new ArrayList<>(sets.keySet());
    String set = names.isEmpty() ? null : names.get(rnd.nextInt(names.size()));
    double r = rnd.nextDouble();
    if (set == null || r < 0.08 && sets.size() < 8) {
      return TeamOp.of("create", "set-" + n);
    }
    if (r < 0.50) {
      return TeamOp.of("query", set, "q" + rnd.nextInt(40), "need " + n, n % 3 == 0 ? "" : "notes " + n);
    }
    if (r < 0.60) {
      return TeamOp.of("guide", set, "# Guidelines of " + set + " v" + n + "\\n3 = perfect");
    }
    if (r < 0.68) {
      return TeamOp.of("annotator", "annotator-" + n);
    }
    if (r < 0.76) {
      return TeamOp.of("snapshot", "snap-" + n, set);
    }
    if (r < 0.82) {
      return TeamOp.of("rename", set, "set-" + n);
    }
    if (r < 0.86 && sets.size() > 1) {
      return TeamOp.of("delete", set);
    }
    if (r < 0.92 && !snapshots.isEmpty()) {
      List<String> snaps = new ArrayList<>(snapshots.keySet());
      return TeamOp.of("unsnap", snaps.get(rnd.nextInt(snaps.size())));
    }
    List<String> topics = new ArrayList<>(sets.get(set).items.keySet());
    return topics.isEmpty() ? TeamOp.of("guide", set, "empty " + n)
        : TeamOp.of("remove", set, topics.get(rnd.nextInt(topics.size())));
  }

  /// Asserts that `store` holds exactly this state.
  void assertMatches(JudgmentStore store) {
    TeamStore t = store.team();
    assertThat(t.querySets()).extracting(q -> q.name() + " | " + q.guidelines() + " | " + q.size())
        .containsExactlyElementsOf(sets.entrySet().stream().map(e -> e.getKey() + " | " + e.getValue().guidelines
            + " | " + e.getValue().items.size()).toList());
    sets.forEach((name, s) -> assertThat(t.items(name)).as("queries of %s", name)
        .extracting(i -> i.topic().id().value() + " | " + i.topic().text() + " | " + i.infoNeed() + " | " + i.notes())
        .containsExactlyElementsOf(s.items.entrySet().stream().map(e -> e.getKey() + " | text of " + e.getKey()
            + " | " + e.getValue()[0] + " | " + e.getValue()[1]).toList()));
    assertThat(t.annotators()).containsExactlyElementsOf(annotators);
    assertThat(t.snapshots()).extracting(s -> s.name() + " | " + s.querySet() + " | " + s.lists())
        .containsExactlyInAnyOrderElementsOf(snapshots.entrySet().stream().map(e -> e.getKey() + " | " + e.getValue()
            + " | " + TeamOp.LISTS.stream().map(l -> new Snapshot.SnapshotList(l, Snapshot.runName(e.getKey(), l)))
            .toList()).toList());
    for (String snap : snapshots.keySet()) {
      for (String list : TeamOp.LISTS) {
        assertThat(store.run(Snapshot.runName(snap, list))).as("run of %s", snap).hasValueSatisfying(r -> {
          assertThat(r.rankings()).extracting(k -> k.query().value()).containsExactlyElementsOf(TeamOp.LIST_TOPICS);
          assertThat(r.rankings()).allSatisfy(k -> assertThat(k.hits()).hasSize(TeamOp.LIST_HITS));
        });
      }
    }
    for (String gone : deletedSnapshots) {
      assertThat(store.run(Snapshot.runName(gone, TeamOp.LISTS.getFirst()))).as("deleted %s", gone).isEmpty();
    }
  }
}
