package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/// The options many commands share come from picocli mixins: walking picocli's model of the real
/// `relwb` command tree, every command that takes `--workspace`, `--json`, `--lang` or `--model`
/// (and `--k1`/`--b`, and the judgment file `--format`) gets it from the mixin named here, required
/// or not, with the label and default it had when each command declared it; and what is given (or
/// defaulted) reaches the command through the mixin.
class SharedOptionMixinsTest {
  /// How one command has a shared option: the class that declares it, whether it comes through a
  /// `@Mixin` of the command, whether it is required, its parameter label and its default.
  private record Form(Class<?> declaredBy, boolean mixedIn, boolean required, String label, String defaultValue) {
    static Form mixin(Class<?> declaredBy, boolean required, String label) {
      return new Form(declaredBy, true, required, label, null);
    }
  }

  @Test
  void workspaceComesFromItsMixinsRequiredExceptInEval() {
    Map<String, Form> expected = new TreeMap<>();
    put(expected, Form.mixin(WorkspaceOption.class, true, "W"), "search", "run", "pool", "judge import",
        "judge export", "judge set", "judge agreement", "runs import", "runs export", "template list",
        "template set", "template delete", "bench search", "snapshot save", "snapshot list", "snapshot diff",
        "snapshot delete");
    put(expected, Form.mixin(WorkspaceOption.class, true, "W"), "queryset list", "queryset create", "queryset rename",
        "queryset delete", "queryset show", "queryset add", "queryset remove", "queryset guidelines",
        "queryset import", "queryset export");
    put(expected, Form.mixin(IndexWorkspaceOption.class, true, "<workspace>"), "index");
    put(expected, Form.mixin(JudgmentsWorkspaceOption.class, false, "W"), "eval");
    assertThat(forms("--workspace")).isEqualTo(expected);
  }

  @Test
  void jsonComesFromTheJsonInsteadOfTextMixinOrTheBenchmarksTrailingLineMixin() {
    Map<String, Form> expected = new TreeMap<>();
    put(expected, Form.mixin(JsonOption.class, false, "<json>"), "index", "search", "eval", "judge agreement",
        "bench index", "bench search", "snapshot diff");
    put(expected, Form.mixin(JsonFiguresOption.class, false, "<json>"), "bench rerank", "bench load");
    assertThat(forms("--json")).isEqualTo(expected);
  }

  @Test
  void langComesFromTheQueryDocumentOrAdapterLanguageMixinWithItsOwnDefault() {
    Map<String, Form> expected = new TreeMap<>();
    put(expected, Form.mixin(QueryLanguageOption.class, false, "<lang>"), "search", "run", "queryset add");
    put(expected, new Form(DocumentLanguageOption.class, true, false, "<lang>", "auto"), "index");
    put(expected, Form.mixin(AdapterLanguageOption.class, false, "CODE"), "score");
    assertThat(forms("--lang")).isEqualTo(expected);
  }

  @Test
  void modelComesFromTheRequiredMixinOrRunsRerankMixinAndBenchRerankInheritsItInItsExclusiveGroup() {
    Map<String, Form> expected = new TreeMap<>();
    put(expected, Form.mixin(ModelOption.class, true, "MODEL"), "score", "model info");
    put(expected, Form.mixin(RerankModelOption.class, false, "<model>"), "run", "snapshot save",
        "snapshot diff");
    put(expected, new Form(ModelOption.class, false, true, "MODEL", null), "bench rerank");
    assertThat(forms("--model")).isEqualTo(expected);

    ArgGroupSpec source = root().getSubcommands().get("bench").getSubcommands().get("rerank").getCommandSpec()
        .findOption("--model").group();
    assertThat(source.exclusive()).isTrue();
    assertThat(source.multiplicity()).hasToString("1");
    assertThat(source.options()).extracting(OptionSpec::longestName).containsExactlyInAnyOrder("--model", "--random");
  }

  @Test
  void bm25ParametersComeFromOneMixinInSearchAndRun() {
    Form k1 = Form.mixin(Bm25Options.class, false, "<k1>");
    assertThat(forms("--k1")).isEqualTo(Map.of("relwb search", k1, "relwb run", k1, "relwb snapshot save", k1));
    Form b = Form.mixin(Bm25Options.class, false, "<b>");
    assertThat(forms("--b")).isEqualTo(Map.of("relwb search", b, "relwb run", b, "relwb snapshot save", b));
  }

  @Test
  void theQueryTemplateComesFromOneMixinInSearchRunAndBenchSearch() {
    Form t = Form.mixin(TemplateOption.class, false, "NAME");
    assertThat(forms("--template")).isEqualTo(Map.of("relwb search", t, "relwb run", t, "relwb bench search", t,
        "relwb snapshot save", t, "relwb queryset show", t));
  }

  @Test
  void theJudgmentFileFormatComesFromItsMixinButEvalsReportFormatIsItsOwn() {
    Form judgments = new Form(JudgmentFormatOption.class, true, false, "<format>", "trec");
    Form querySets = Form.mixin(QuerySetCommand.FormatOption.class, true, "F");
    assertThat(forms("--format")).isEqualTo(Map.of("relwb judge import", judgments, "relwb judge export", judgments,
        "relwb eval", new Form(EvalCommand.class, false, false, "F", null),
        "relwb queryset import", querySets, "relwb queryset export", querySets));
  }

  @Test
  void givenValuesAndDefaultsReachTheCommandsThroughTheMixins() {
    IndexCommand index = command(IndexCommand.class, "index", "--workspace", "w1", "--json", "docs");
    assertThat(index.workspace.name()).isEqualTo("w1");
    assertThat(index.lang.code()).isEqualTo("auto");
    assertThat(index.json.enabled()).isTrue();

    SearchCommand search = command(SearchCommand.class, "search", "--workspace", "w2", "--lang", "de", "q");
    assertThat(search.workspace.name()).isEqualTo("w2");
    assertThat(search.lang.code()).isEqualTo("de");
    assertThat(search.json.enabled()).isFalse();

    RunCommand run = command(RunCommand.class, "run", "--workspace", "w3", "--topics", "t", "--out", "o",
        "--rerank", "--model", "org/name@v1");
    assertThat(run.lang.code()).isNull();
    assertThat(run.model.ref()).isEqualTo("org/name@v1");

    EvalCommand eval = command(EvalCommand.class, "eval", "--qrels", "q", "--run", "r");
    assertThat(eval.workspace.name()).isNull();
    ScoreCommand score = command(ScoreCommand.class, "score", "--model", "m", "--lang", "fr_XX", "--pairs", "p");
    assertThat(score.model.ref()).isEqualTo("m");
    assertThat(score.lang.code()).isEqualTo("fr_XX");
  }

  private static <T> T command(Class<T> type, String... args) {
    CommandLine.ParseResult parsed = root().parseArgs(args);
    while (parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    return type.cast(parsed.commandSpec().userObject());
  }

  private static void put(Map<String, Form> expected, Form form, String... commands) {
    for (String c : commands) {
      expected.put("relwb " + c, form);
    }
  }

  private static CommandLine root() {
    return Cli.commandLine(new StubServices(new AppDirs(Path.of("d"), Path.of("c"), Path.of("f"))));
  }

  /// The form of the option in every command of the tree that has it, by the command's full name.
  private static Map<String, Form> forms(String option) {
    Map<String, Form> found = new TreeMap<>();
    collect(root(), option, found);
    return found;
  }

  private static void collect(CommandLine cl, String option, Map<String, Form> found) {
    CommandSpec spec = cl.getCommandSpec();
    OptionSpec o = spec.findOption(option);
    if (o != null) {
      boolean mixedIn = spec.mixins().values().stream()
          .anyMatch(m -> m.userObject().getClass() == declaringClass(o) && m.options().contains(o));
      found.put(spec.qualifiedName(" "), new Form(declaringClass(o), mixedIn, o.required(), o.paramLabel(),
          o.defaultValue()));
    }
    cl.getSubcommands().values().forEach(sub -> collect(sub, option, found));
  }

  private static Class<?> declaringClass(OptionSpec o) {
    return ((Field) o.userObject()).getDeclaringClass();
  }
}
