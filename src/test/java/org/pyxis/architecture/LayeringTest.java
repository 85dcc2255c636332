package org.pyxis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency and state rules of docs/architecture.md, checked on the compiled classes. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pyxis");
    }

    @Test
    void parserDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("org.pyxis.parser..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.pyxis.compiler..", "org.pyxis.vm..", "org.pyxis.objects..", "org.pyxis.runtime..",
                        "org.pyxis.xi..", "org.pyxis.modules..", "org.pyxis.embed..", "org.pyxis.cli..")
                .check(classes);
    }

    /** The symbol table sees the tree and nothing else of Pyxis. */
    @Test
    void symbolTableDependsOnlyOnTheParser() {
        noClasses().that().resideInAPackage("org.pyxis.compiler.symtable..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.pyxis.vm..", "org.pyxis.objects..", "org.pyxis.runtime..", "org.pyxis.xi..",
                        "org.pyxis.modules..", "org.pyxis.embed..", "org.pyxis.cli..")
                .check(classes);
    }

    @Test
    void nothingDependsOnCli() {
        noClasses().that().resideOutsideOfPackage("org.pyxis.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.pyxis.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Ground rule 5: all state belongs to a Runtime, an Interpreter or a ThreadState. */
    @Test
    void noMutableStaticFields() {
        fields().that().areStatic().should().beFinal()
                .because("mutable global state is forbidden: pass Runtime/Interpreter/ThreadState explicitly")
                .check(classes);
    }
}
