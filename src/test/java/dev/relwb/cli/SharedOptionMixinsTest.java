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
/// `relwb` command tree, every command that takes `--workspace` gets it from the mixin named here,
/// required or not, with the label and default it had when each command declared it by hand.
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
    Form required = Form.mixin(WorkspaceOption.class, true, "W");
    Map<String, Form> expected = new TreeMap<>();
    for (String c : new String[] {"search", "run", "pool", "judge import", "judge export", "judge set",
        "judge agreement", "runs import", "runs export"}) {
      expected.put("relwb " + c, required);
    }
    expected.put("relwb index", Form.mixin(IndexWorkspaceOption.class, true, "<workspace>"));
    expected.put("relwb eval", Form.mixin(JudgmentsWorkspaceOption.class, false, "W"));
    assertThat(forms("--workspace")).isEqualTo(expected);
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
