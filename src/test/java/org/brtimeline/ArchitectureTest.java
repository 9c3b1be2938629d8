package org.brtimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brtimeline.base.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The one-way dependencies of the house style, checked on every build. */
class ArchitectureTest {

    private static final String ROOT = "org.brtimeline";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    /** The features: every top-level package of the application, computed, so that a new one is covered at once. */
    private static final List<String> FEATURES = CLASSES.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.startsWith(ROOT + "."))
            .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
            .distinct()
            .sorted()
            .toList();

    private static String[] featuresOtherThan(String... allowed) {
        return FEATURES.stream()
                .filter(f -> !List.of(allowed).contains(f))
                .map(f -> ROOT + "." + f + "..")
                .toArray(String[]::new);
    }

    @Test
    void the_features_are_found_from_the_packages() {
        assertThat(FEATURES)
                .contains(
                        "base",
                        "source",
                        "chronology",
                        "timeline",
                        "reader",
                        "extraction",
                        "review",
                        "editing",
                        "corpus",
                        "security");
    }

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The web security configuration is wiring: it must name the login view, and nothing else may. */
    @Test
    void the_domain_and_services_never_depend_on_views_or_controllers() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + "..ui..", ROOT + "..api..")
                .and()
                .areNotAnnotatedWith(
                        org.springframework.security.config.annotation.web.configuration.EnableWebSecurity.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + "..ui..", ROOT + "..api..")
                .check(CLASSES);
    }

    @Test
    void the_base_package_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(featuresOtherThan("base"))
                .check(CLASSES);
    }

    @Test
    void articles_know_no_other_feature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".source..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(featuresOtherThan("base", "source"))
                .check(CLASSES);
    }

    @Test
    void the_date_tagger_depends_on_nothing_from_spring_jpa_or_vaadin_nor_on_other_features() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".extraction..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "com.vaadin..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(featuresOtherThan("base", "extraction"))
                .check(CLASSES);
    }

    /**
     * Acting as the system passes every service's check ({@link SystemTask}): only the start-up runners and the
     * commands may, never a view, a controller or a service that a view calls.
     */
    @Test
    void only_the_start_up_runners_and_the_commands_act_as_the_system() {
        DescribedPredicate<JavaClass> startUpOrCommand = DescribedPredicate.describe(
                "a start-up runner or a command",
                c -> SYSTEM_CALLERS.contains(c.getName())
                        || SYSTEM_CALLERS.contains(c.getName().replaceFirst("\\$.*", "")));
        noClasses()
                .that(DescribedPredicate.not(startUpOrCommand))
                .and()
                .doNotBelongToAnyOf(SystemTask.class)
                .should()
                .callMethodWhere(JavaCall.Predicates.target(
                        HasOwner.Predicates.With.owner(JavaClass.Predicates.assignableTo(SystemTask.class))))
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + "..ui..", ROOT + "..api..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(SystemTask.class)
                .check(CLASSES);
    }

    private static final List<String> SYSTEM_CALLERS = List.of(
            ROOT + ".Application",
            ROOT + ".corpus.CorpusStartup",
            ROOT + ".review.PendingProposals",
            ROOT + ".corpus.ImportArticlesCommand",
            ROOT + ".export.ImportEventsCommand",
            ROOT + ".backup.BackupCommand",
            ROOT + ".security.ResetPasswordCommand",
            ROOT + ".security.AdminBootstrap");

    @Test
    void views_and_controllers_never_touch_repositories() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + "..ui..", ROOT + "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void views_and_controllers_live_in_ui_and_api_packages_where_the_rules_above_find_them() {
        classes()
                .that()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .or()
                .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should()
                .resideInAnyPackage(ROOT + "..ui..", ROOT + "..api..")
                .check(CLASSES);
    }

    @Test
    void the_domain_never_calls_a_service() {
        noClasses()
                .that()
                .areAnnotatedWith(jakarta.persistence.Entity.class)
                .or()
                .areAnnotatedWith(jakarta.persistence.Embeddable.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(org.springframework.stereotype.Service.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_internal_to_their_feature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void every_package_says_what_it_is_for_in_a_package_info() throws IOException {
        Path sources = Path.of("src/main/java", ROOT.replace('.', '/'));
        try (Stream<Path> folders = Files.walk(sources)) {
            assertThat(folders.filter(Files::isDirectory)
                            .filter(folder -> hasJava(folder))
                            .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                            .map(Path::toString)
                            .toList())
                    .isEmpty();
        }
    }

    private static boolean hasJava(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
