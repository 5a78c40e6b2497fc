package dev.relwb.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/// The packages of `rerank..` are layered `rerank.runtime` ← `rerank.model` ← `rerank` (see their
/// package-info files); that no package anywhere is in a cycle is `LayerRulesTest`'s rule.
@AnalyzeClasses(packages = "dev.relwb", importOptions = ImportOption.DoNotIncludeTests.class)
class RerankPackagesTest {
  @ArchTest
  static final ArchRule runtimeIsTheBottom = noClasses().that().resideInAPackage("dev.relwb.rerank.runtime..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.relwb.rerank", "dev.relwb.rerank.model..")
      .because("the runtime knows nothing about X-MOD or reranking");

  @ArchTest
  static final ArchRule modelDoesNotReachUp = noClasses().that().resideInAPackage("dev.relwb.rerank.model..")
      .should().dependOnClassesThat().resideInAPackage("dev.relwb.rerank")
      .because("the network and its contract sit below the reranker");
}
