package dev.relwb.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// The layer rules of docs/ARCHITECTURE.md, checked on the production classes.
@AnalyzeClasses(packages = "dev.relwb", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
  private static final String[] DOMAIN = {"dev.relwb.ingest..", "dev.relwb.index..", "dev.relwb.search..",
      "dev.relwb.cluster..", "dev.relwb.rerank..", "dev.relwb.hub..", "dev.relwb.judge..", "dev.relwb.eval.."};
  /// The domain packages whose records the facade speaks (hits and snippets, judgments, eval reports).
  private static final String[] SPOKEN = {"dev.relwb.search..", "dev.relwb.cluster..", "dev.relwb.judge..",
      "dev.relwb.eval.."};
  /// What a front end may not touch: domain behaviour (anything but the records and enums of the spoken
  /// packages), the other front end, the composition root, the benchmarks, Lucene and DJL.
  private static DescribedPredicate<JavaClass> beyondTheFacade(String... others) {
    DescribedPredicate<JavaClass> values = DescribedPredicate.describe("records and enums",
        c -> c.isRecord() || c.isEnum());
    return resideInAnyPackage(concat(new String[] {"dev.relwb.ingest..", "dev.relwb.index..", "dev.relwb.rerank..",
        "dev.relwb.hub..", "dev.relwb.bench..", "dev.relwb.app..", "org.apache.lucene..", "ai.djl.."}, others))
        .or(resideInAnyPackage(SPOKEN).and(DescribedPredicate.not(values)));
  }

  @ArchTest
  static final ArchRule uiUsesOnlyTheFacadeAndItsRecords = noClasses().that().resideInAPackage("dev.relwb.ui..")
      .should().dependOnClassesThat(beyondTheFacade("dev.relwb.cli.."))
      .because("ui talks to the service layer, in the domain records it speaks (docs/ARCHITECTURE.md)");

  @ArchTest
  static final ArchRule cliUsesOnlyTheFacadeAndItsRecords = noClasses().that().resideInAPackage("dev.relwb.cli..")
      .should().dependOnClassesThat(beyondTheFacade("dev.relwb.ui..", "javafx.."))
      .because("cli talks to the service layer, in the domain records it speaks (docs/ARCHITECTURE.md)");

  @ArchTest
  static final ArchRule onlyRerankUsesDjl = noClasses().that().resideOutsideOfPackage("dev.relwb.rerank..")
      .should().dependOnClassesThat().resideInAPackage("ai.djl..")
      .because("only rerank.. imports DJL, so no NDArray leaves it (docs/ARCHITECTURE.md)");

  @ArchTest
  static final ArchRule judgeAndEvalArePlainJava = noClasses()
      .that().resideInAnyPackage("dev.relwb.judge..", "dev.relwb.eval..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "ai.djl..", "javafx..")
      .because("judge and eval are plain Java (docs/ARCHITECTURE.md)");

  @ArchTest
  static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
      .that().resideOutsideOfPackages("dev.relwb.ui..", "dev.relwb.app..")
      .should().dependOnClassesThat().resideInAPackage("javafx..")
      .because("only ui and app import javafx (docs/ARCHITECTURE.md)");

  @ArchTest
  static final ArchRule coreDependsOnNothingAbove = noClasses().that().resideInAPackage("dev.relwb.core..")
      .should().dependOnClassesThat().resideInAnyPackage(concat(DOMAIN, "dev.relwb.service..", "dev.relwb.ui..",
          "dev.relwb.cli..", "dev.relwb.app.."))
      .because("core is the bottom layer");

  @ArchTest
  static final ArchRule domainDoesNotReachUp = noClasses().that().resideInAnyPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAnyPackage("dev.relwb.service..", "dev.relwb.ui..",
          "dev.relwb.cli..", "dev.relwb.app..")
      .because("dependencies point downward only");

  @ArchTest
  static final ArchRule serviceDoesNotReachUp = noClasses().that().resideInAPackage("dev.relwb.service..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.relwb.ui..", "dev.relwb.cli..", "dev.relwb.app..")
      .because("dependencies point downward only");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("dev.relwb.(**)").should().beFreeOfCycles()
      .because("dependencies point one way, package by package (docs/ARCHITECTURE.md)");

  @ArchTest
  static final ArchRule noPackageImportsTheBenchmarks = noClasses()
      .that().resideOutsideOfPackage("dev.relwb.bench..")
      .should().dependOnClassesThat().resideInAPackage("dev.relwb.bench..")
      .because("benchmarks live in their own package that production code does not import (a ServiceLoader"
          + " finds them)");

  private static String[] concat(String[] a, String... b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
