package org.prawat.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: the ui and the read side reach the domain only through messages. */
@AnalyzeClasses(packages = "org.prawat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ui_does_not_import_the_domain = noClasses()
            .that()
            .resideInAPackage("org.prawat.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.prawat.domain..");

    @ArchTest
    static final ArchRule query_side_does_not_import_the_domain = noClasses()
            .that()
            .resideInAPackage("org.prawat.query..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.prawat.domain..");

    @ArchTest
    static final ArchRule api_depends_on_nothing_of_ours = noClasses()
            .that()
            .resideInAPackage("org.prawat.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.prawat.domain..", "org.prawat.query..", "org.prawat.ui..", "org.prawat.infra..");

    @ArchTest
    static final ArchRule domain_features_do_not_depend_on_each_other_in_a_cycle =
            slices().matching("org.prawat.domain.(*)..").should().beFreeOfCycles();
}
