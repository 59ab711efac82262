package io.quotedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: ingest ← analysis ← store ← brief, check ← slack ← cli. A package added later
 * must join a layer here (the last rule fails until it does), so the rule grows with the code.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.quotedesk");

  private static final String[] LAYERS = {
    "io.quotedesk.ingest..",
    "io.quotedesk.analysis..",
    "io.quotedesk.store..",
    "io.quotedesk.brief..",
    "io.quotedesk.check..",
    "io.quotedesk.slack..",
    "io.quotedesk.cli.."
  };

  @Test
  void layersOnlyUseTheLayersBeforeThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("ingest")
        .definedBy(LAYERS[0])
        .layer("analysis")
        .definedBy(LAYERS[1])
        .layer("store")
        .definedBy(LAYERS[2])
        .layer("brief")
        .definedBy(LAYERS[3])
        .layer("check")
        .definedBy(LAYERS[4])
        .layer("slack")
        .definedBy(LAYERS[5])
        .layer("cli")
        .definedBy(LAYERS[6])
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("slack")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("brief")
        .mayOnlyBeAccessedByLayers("slack", "cli")
        .whereLayer("check")
        .mayOnlyBeAccessedByLayers("slack", "cli")
        .whereLayer("store")
        .mayOnlyBeAccessedByLayers("brief", "check", "slack", "cli")
        .whereLayer("analysis")
        .mayOnlyBeAccessedByLayers("store", "brief", "check", "slack", "cli")
        .check(MAIN);
  }

  @Test
  void theCoreNeverTouchesSlack() {
    noClasses()
        .that()
        .resideInAnyPackage(LAYERS[0], LAYERS[1], LAYERS[2], LAYERS[3], LAYERS[4])
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.slack..")
        .check(MAIN);
  }

  @Test
  void everyPackageBelongsToALayer() {
    classes().should().resideInAnyPackage(LAYERS).check(MAIN);
  }
}
