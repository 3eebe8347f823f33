package dev.warta.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/ARCHITECTURE.md: they fail when a dependency runs the wrong way. */
class ArchitectureTest {
    static final List<String> STAGES = List.of("source", "extract", "detect", "anatomy", "segment", "ner", "quote",
            "event");
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.warta");
    }

    @Test
    void theModelDependsOnNothingOfWarta() {
        noClasses().that().resideInAPackage("dev.warta.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.warta.model..", "java..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoCliOrServer() {
        noClasses().that().resideOutsideOfPackages("dev.warta.cli..", "dev.warta.server..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.warta.cli..", "dev.warta.server..",
                        "picocli..", "io.javalin..")
                .check(classes);
    }

    @Test
    void stagesDoNotReachIntoOtherStages() {
        for (String stage : STAGES) {
            String[] others = STAGES.stream().filter(s -> !s.equals(stage)).map(s -> "dev.warta." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.warta." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a stage talks to the others only through the pipeline")
                    .check(classes);
        }
    }

    @Test
    void stagesAndSharedKnowledgeDoNotDependOnThePipeline() {
        ArchRule rule = noClasses().that().resideInAnyPackage(withShared(STAGES))
                .should().dependOnClassesThat().resideInAnyPackage("dev.warta.pipeline..", "dev.warta.json..",
                        "dev.warta.eval..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.warta.Warta");
        rule.check(classes);
    }

    @Test
    void languageRulesAreReachedOnlyThroughTheLanguageInterface() {
        noClasses().that().resideOutsideOfPackages("dev.warta.lang.id..", "dev.warta.lang.en..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.warta.lang.id..", "dev.warta.lang.en..")
                .because("language packs are found through ServiceLoader, so adding one touches no stage")
                .check(classes);
    }

    @Test
    void languagePacksDependOnlyOnTheLanguageInterfaceAndTheModel() {
        noClasses().that().resideInAnyPackage("dev.warta.lang..")
                .should().dependOnClassesThat().resideInAnyPackage(withShared(STAGES))
                .check(classes);
    }

    private static String[] withShared(List<String> stages) {
        List<String> packages = new java.util.ArrayList<>(stages.stream().map(s -> "dev.warta." + s + "..").toList());
        packages.add("dev.warta.gazetteer..");
        packages.add("dev.warta.time..");
        packages.add("dev.warta.text..");
        return packages.toArray(String[]::new);
    }
}
