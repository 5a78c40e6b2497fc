package dev.relwb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relwb.core.AppDirs;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/// The options many commands share come from picocli mixins: walking picocli's model of the real
/// `relwb` command tree, every command that takes `--workspace`, `--json` or `--lang` gets it from the
/// mixin named here, required or not, with the label and default it had when each command declared it.
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
        "judge export", "judge set", "judge agreement", "runs import", "runs export");
    put(expected, Form.mixin(IndexWorkspaceOption.class, true, "<workspace>"), "index");
    put(expected, Form.mixin(JudgmentsWorkspaceOption.class, false, "W"), "eval");
    assertThat(forms("--workspace")).isEqualTo(expected);
  }

  @Test
  void jsonComesFromTheJsonInsteadOfTextMixinOrTheBenchmarksTrailingLineMixin() {
    Map<String, Form> expected = new TreeMap<>();
    put(expected, Form.mixin(JsonOption.class, false, "<json>"), "index", "search", "eval", "judge agreement",
        "bench index");
    put(expected, Form.mixin(JsonFiguresOption.class, false, "<json>"), "bench rerank", "bench load");
    assertThat(forms("--json")).isEqualTo(expected);
  }

  @Test
  void langComesFromTheQueryDocumentOrAdapterLanguageMixinWithItsOwnDefault() {
    Map<String, Form> expected = new TreeMap<>();
    put(expected, Form.mixin(QueryLanguageOption.class, false, "<lang>"), "search", "run");
    put(expected, new Form(DocumentLanguageOption.class, true, false, "<lang>", "auto"), "index");
    put(expected, Form.mixin(AdapterLanguageOption.class, false, "CODE"), "score");
    assertThat(forms("--lang")).isEqualTo(expected);
  }

  private static void put(Map<String, Form> expected, Form form, String... commands) {
    for (String c : commands) {
      expected.put("relwb " + c, form);
    }
  }

  /// The form of the option in every command of the tree that has it, by the command's full name.
  private static Map<String, Form> forms(String option) {
    Map<String, Form> found = new TreeMap<>();
    collect(Cli.commandLine(new StubServices(new AppDirs(Path.of("d"), Path.of("c"), Path.of("f")))), option, found);
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
