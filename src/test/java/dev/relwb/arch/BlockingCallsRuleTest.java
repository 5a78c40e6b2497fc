package dev.relwb.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.relwb.arch.blocking.BadViewModel;
import dev.relwb.arch.blocking.GoodViewModel;
import org.junit.jupiter.api.Test;

/// The UI never calls a blocking service method outside the task adapter: every such call sits in
/// a job lambda handed to `TaskRunner`. The rule is also shown to catch each kind of violation.
class BlockingCallsRuleTest {
  private static final ArchRule RULE = classes().that().resideInAPackage("dev.relwb.ui..")
      .should(BlockingCalls.onlyInsideRunnerJobs())
      .because("nothing slow may run on the FX thread (docs/ARCHITECTURE.md)");

  private static JavaClasses ui;

  private static synchronized JavaClasses ui() {
    if (ui == null) {
      ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.relwb.ui", "dev.relwb.service");
    }
    return ui;
  }

  /// The fixture with the packages it calls into (dependencies are not resolved from the class path).
  private static JavaClasses fixtures(Class<?> fixture) {
    return new ClassFileImporter().importPaths(classFile(fixture),
        classFile(dev.relwb.service.Retrieval.class).getParent(),
        classFile(dev.relwb.ui.support.TaskRunner.class).getParent());
  }

  private static java.nio.file.Path classFile(Class<?> c) {
    try {
      return java.nio.file.Path.of(c.getResource(c.getSimpleName() + ".class").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void uiCallsBlockingServiceMethodsOnlyInsideRunnerJobs() {
    assertThat(ui().that(com.tngtech.archunit.base.DescribedPredicate.describe("ui",
        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("dev.relwb.ui"))).size())
        .isGreaterThan(20);
    RULE.check(ui());
  }

  private static final ArchRule NO_OWN_THREADS = noClasses().that().resideInAPackage("dev.relwb.ui..")
      .and().resideOutsideOfPackage("dev.relwb.ui.support..")
      .should().dependOnClassesThat().belongToAnyOf(Thread.class, java.util.concurrent.Executor.class,
          java.util.concurrent.ExecutorService.class, java.util.concurrent.Executors.class,
          java.util.concurrent.CompletableFuture.class, java.util.concurrent.ForkJoinPool.class)
      .because("background work goes through the TaskRunner, the one task adapter");

  @Test
  void uiStartsNoThreadsOfItsOwn() {
    NO_OWN_THREADS.check(ui());
  }

  @Test
  void theRuleCatchesDirectCallsMethodReferencesAndLambdasNotGivenToTheRunner() {
    JavaClasses bad = fixtures(BadViewModel.class);
    EvaluationResult result = classes().that().belongToAnyOf(BadViewModel.class)
        .should(BlockingCalls.onlyInsideRunnerJobs()).evaluate(bad);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(result.hasViolation()).isTrue();
    assertThat(report)
        .contains("BadViewModel.searchOnTheFxThread()")
        .contains("BadViewModel.helper()")
        .contains("BadViewModel.inAThread()")
        .contains("BadViewModel.loadWithProgress()")
        .contains("references a blocking service method");
    assertThat(result.getFailureReport().getDetails()).hasSize(5);
  }

  @Test
  void theRuleAcceptsCallsInsideJobLambdas() {
    JavaClasses good = fixtures(GoodViewModel.class);
    EvaluationResult result = classes().that().belongToAnyOf(GoodViewModel.class)
        .should(BlockingCalls.onlyInsideRunnerJobs()).evaluate(good);
    assertThat(result.hasViolation()).as(String.join("\n", result.getFailureReport().getDetails())).isFalse();
  }
}
