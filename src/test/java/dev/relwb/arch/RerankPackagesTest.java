package dev.relwb.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;

/// The packages of `rerank..` form a DAG: `rerank.runtime` ← `rerank.model` ← `rerank` (see their
/// package-info files). The benchmark classes that are moving out of `rerank..` to `dev.relwb.bench`
/// are left out: what they depend on is not checked.
@AnalyzeClasses(packages = "dev.relwb", importOptions = ImportOption.DoNotIncludeTests.class)
class RerankPackagesTest {
  private static final Set<String> LEAVING = Set.of("dev.relwb.rerank.BenchModels",
      "dev.relwb.rerank.LoadBenchmark", "dev.relwb.rerank.runtime.RerankBenchmark",
      "dev.relwb.rerank.runtime.BenchWorkload", "dev.relwb.rerank.runtime.ReferenceBatching",
      "dev.relwb.rerank.runtime.ProcessStats");
  private static final DescribedPredicate<JavaClass> BENCHMARKS = DescribedPredicate.describe(
      "benchmark classes leaving rerank", c -> LEAVING.contains(c.getName().split("\\$", 2)[0]));
  private static final DescribedPredicate<Slice> RERANK = DescribedPredicate.describe("are rerank packages",
      s -> s.getNamePart(1).equals("rerank") || s.getNamePart(1).startsWith("rerank."));

  @ArchTest
  static final ArchRule rerankPackagesAreFreeOfCycles = slices().matching("dev.relwb.(**)").that(RERANK)
      .should().beFreeOfCycles()
      .ignoreDependency(BENCHMARKS, DescribedPredicate.alwaysTrue());

  @ArchTest
  static final ArchRule runtimeIsTheBottom = noClasses().that().resideInAPackage("dev.relwb.rerank.runtime..")
      .and(DescribedPredicate.not(BENCHMARKS))
      .should().dependOnClassesThat().resideInAnyPackage("dev.relwb.rerank", "dev.relwb.rerank.model..")
      .because("the runtime knows nothing about X-MOD or reranking");

  @ArchTest
  static final ArchRule modelDoesNotReachUp = noClasses().that().resideInAPackage("dev.relwb.rerank.model..")
      .should().dependOnClassesThat().resideInAPackage("dev.relwb.rerank")
      .because("the network and its contract sit below the reranker");
}
