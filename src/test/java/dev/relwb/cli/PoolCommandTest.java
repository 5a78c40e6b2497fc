package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.Ranking;
import dev.relwb.eval.PoolSpec;
import dev.relwb.eval.PooledDoc;
import dev.relwb.eval.TrecFormat;
import dev.relwb.judge.Judgment;
import dev.relwb.judge.NewJudgment;
import dev.relwb.service.EvaluationService;
import dev.relwb.service.LanguageOption;
import dev.relwb.service.Settings;
import dev.relwb.ui.FakePorts;
import dev.relwb.ui.search.JudgingQueue;
import dev.relwb.ui.search.SearchViewModel;
import dev.relwb.ui.support.SameThreadTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// `relwb pool --order rank|random --seed N --all`, and the parity of the CLI with the window's judging
/// queue: the lists the Search tab shows, written as run files and pooled by the CLI, give the pool the
/// queue shows (the same `eval.Pooling` function).
class PoolCommandTest {
  @TempDir Path tmp;

  @Test
  void theCliPoolsTheSearchTabsListsAsTheQueueDoes() throws Exception {
    FakePorts ports = new FakePorts();
    SearchViewModel vm = new SearchViewModel(ports, ports, ports, ports, ports, SameThreadTaskRunner.immediate(),
        new SimpleStringProperty("w"), Settings::defaults);
    vm.applyModel(ports.model().orElse(null), false);
    vm.compareLanguage().set(new LanguageOption("de_DE", "German — de_DE"));
    vm.query().set("moon ocean tides");
    vm.search();
    JudgingQueue queue = vm.judging().queue();
    queue.depth().set(4);
    vm.judging().selected().set(vm.reranked().rows().getFirst().doc());
    vm.judging().grade(3);
    vm.judging().selected().set(vm.bm25Rows().get(1).doc());
    vm.judging().skip();
    vm.judging().selected().set(vm.compare().rows().getFirst().doc());
    vm.judging().unrateable();

    TestServices s = new TestServices(tmp);
    for (Judgment j : ports.saved.values()) {
      s.judgments().record("w", new NewJudgment(j.topic(), j.doc(), j.state(), j.grade(), j.annotator(), j.note()));
    }
    List<Ranking> lists = queue.shownLists();
    assertThat(lists).extracting(Ranking::system).containsExactly("BM25", "mono-XM", "mono-XM A/B");
    Map<String, String> fileNames = new LinkedHashMap<>();
    List<String> args = new ArrayList<>(List.of("pool", "--workspace", "w", "--k", "4"));
    for (Ranking r : lists) {
      String stem = "list" + fileNames.size();
      fileNames.put(r.system(), stem);
      Path f = tmp.resolve(stem + ".run");
      TrecFormat.writeRun(f, List.of(r), r.system(), null);
      args.addAll(List.of("--run", f.toString()));
    }
    for (PoolSpec.Order order : PoolSpec.Order.values()) {
      queue.order().set(order);
      queue.seed().set(5);
      List<PooledDoc> shown = renamed(queue.pool(), fileNames);
      assertThat(shown).extracting(PooledDoc::judged).containsSubsequence(false, true).doesNotContainSequence(true,
          false);
      TestServices.Result all = run(s, args, "--order", order.key(), "--seed", "5", "--all");
      assertThat(all.out()).isEqualTo(EvaluationService.poolTsv(shown, true));
      TestServices.Result unjudged = run(s, args, "--order", order.key(), "--seed", "5");
      assertThat(unjudged.out()).isEqualTo(EvaluationService.poolTsv(shown.stream().filter(d -> !d.judged())
          .toList(), false));
    }
    assertThat(queue.pool()).hasSizeGreaterThan(4).filteredOn(PooledDoc::judged).hasSize(2);
  }

  private static TestServices.Result run(TestServices s, List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    TestServices.Result r = s.run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r;
  }

  private static List<PooledDoc> renamed(List<PooledDoc> pool, Map<String, String> names) {
    return pool.stream().map(d -> {
      Map<String, Integer> ranks = new LinkedHashMap<>();
      d.ranks().forEach((list, rank) -> ranks.put(names.get(list), rank));
      return new PooledDoc(d.topic(), d.doc(), d.bestRank(), ranks, d.judged());
    }).toList();
  }

  @Test
  void orderSeedAndAllOnRunFiles() throws Exception {
    TestServices s = new TestServices(tmp);
    assertThat(s.run("judge", "set", "--workspace", "w", "--topic", "q1", "--doc", "a", "--grade", "2").exit())
        .isZero();
    Path a = Files.writeString(tmp.resolve("a.run"), "q1 Q0 a 1 3 A\nq1 Q0 b 2 2 A\nq1 Q0 c 3 1 A\n",
        StandardCharsets.UTF_8);
    Path b = Files.writeString(tmp.resolve("b.run"), "q1 Q0 d 1 3 B\nq1 Q0 a 2 2 B\nq1 Q0 e 3 1 B\n",
        StandardCharsets.UTF_8);
    String[] base = {"pool", "--workspace", "w", "--run", a.toString(), "--run", b.toString(), "--k", "3"};
    assertThat(s.run(base).out()).isEqualTo("topic\tdoc\tbest_rank\tranks\nq1\td\t1\tb:1\nq1\tb\t2\ta:2\n"
        + "q1\tc\t3\ta:3\nq1\te\t3\tb:3\n");
    TestServices.Result all = s.run(concat(base, "--all"));
    assertThat(all.out()).isEqualTo("topic\tdoc\tbest_rank\tranks\tjudged\nq1\td\t1\tb:1\tno\nq1\tb\t2\ta:2\tno\n"
        + "q1\tc\t3\ta:3\tno\nq1\te\t3\tb:3\tno\nq1\ta\t1\ta:1,b:2\tyes\n");
    String r1 = s.run(concat(base, "--order", "random", "--seed", "11")).out();
    assertThat(r1).isEqualTo(s.run(concat(base, "--order", "random", "--seed", "11")).out())
        .startsWith("topic\tdoc\tbest_rank\tranks\n");
    assertThat(r1.lines().skip(1).sorted().toList()).isEqualTo(s.run(base).out().lines().skip(1).sorted().toList());
    TestServices.Result bad = s.run(concat(base, "--order", "best"));
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("Unknown pool order 'best': use rank or random");
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
