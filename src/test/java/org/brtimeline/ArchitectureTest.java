package org.brtimeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The one-way dependencies of the house style, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.brtimeline");

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.brtimeline.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** The web security configuration is wiring: it must name the login view, and nothing else may. */
    @Test
    void the_domain_and_services_never_depend_on_views_or_controllers() {
        noClasses().that().resideOutsideOfPackages("org.brtimeline..ui..", "org.brtimeline..api..")
                .and().areNotAnnotatedWith(org.springframework.security.config.annotation.web.configuration.EnableWebSecurity.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.brtimeline..ui..", "org.brtimeline..api..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_base_package_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.brtimeline.base..")
                .should().dependOnClassesThat().resideInAnyPackage("org.brtimeline.source..", "org.brtimeline.chronology..",
                        "org.brtimeline.reader..", "org.brtimeline.corpus..")
                .check(CLASSES);
    }

    @Test
    void articles_know_nothing_of_events() {
        noClasses().that().resideInAPackage("org.brtimeline.source..")
                .should().dependOnClassesThat().resideInAnyPackage("org.brtimeline.chronology..", "org.brtimeline.reader..",
                        "org.brtimeline.corpus..")
                .check(CLASSES);
    }

    @Test
    void views_and_controllers_never_touch_repositories() {
        noClasses().that().resideInAnyPackage("org.brtimeline..ui..", "org.brtimeline..api..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositories_are_internal_to_their_feature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(CLASSES);
    }
}
