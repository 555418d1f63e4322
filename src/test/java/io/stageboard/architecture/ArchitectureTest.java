package io.stageboard.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The shape of the code, as {@code shared/design/architecture.md} and {@code style.md} draw it, checked on every
 * build so that a wrong import fails {@code mvn verify} instead of waiting for a review.
 */
@AnalyzeClasses(packages = "io.stageboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Imports flow one way: app → ui → service → store / credentials / api. */
    @ArchTest
    static final ArchRule layersFlowOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("app")
            .definedBy("io.stageboard.app..")
            .layer("ui")
            .definedBy("io.stageboard.ui..")
            .layer("service")
            .definedBy("io.stageboard.service..")
            .layer("store")
            .definedBy("io.stageboard.store..")
            .layer("credentials")
            .definedBy("io.stageboard.credentials..")
            .layer("api")
            .definedBy("io.stageboard.api..")
            .layer("sandbox")
            .definedBy("io.stageboard.sandbox..")
            .whereLayer("app")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("ui")
            .mayOnlyBeAccessedByLayers("app")
            .whereLayer("service")
            .mayOnlyBeAccessedByLayers("app", "ui")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("credentials")
            .mayOnlyBeAccessedByLayers("app", "ui", "service")
            .whereLayer("api")
            .mayOnlyBeAccessedByLayers("app", "ui", "service", "store", "credentials")
            .whereLayer("sandbox")
            .mayOnlyBeAccessedByLayers("app");

    /** Views and view-models reach Lever only through services. */
    @ArchTest
    static final ArchRule uiNeverTalksToLeverDirectly = noClasses()
            .that()
            .resideInAPackage("io.stageboard.ui..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.stageboard.api.LeverClient")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.stageboard.api.LeverClientBuilder");

    /** The sandbox is a second, independent reading of Lever: it shares nothing with the client. */
    @ArchTest
    static final ArchRule sandboxSharesNothingWithTheClient = noClasses()
            .that()
            .resideInAPackage("io.stageboard.sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.stageboard.api..", "io.stageboard.service..", "io.stageboard.store..", "io.stageboard.ui..");

    /** Nodes belong to views; the API, store, services and credentials import no JavaFX at all. */
    @ArchTest
    static final ArchRule belowTheUiThereIsNoJavaFx = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.stageboard.api..",
                    "io.stageboard.store..",
                    "io.stageboard.service..",
                    "io.stageboard.credentials..",
                    "io.stageboard.sandbox..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("javafx..");

    /** View-models never touch nodes, so they run in unit tests without the toolkit. */
    @ArchTest
    static final ArchRule viewModelsTouchNoNodes = noClasses()
            .that()
            .haveSimpleNameEndingWith("ViewModel")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("javafx.scene..");

    /**
     * Background work runs on the executors the app wires and injects (style point 5): no thread or pool made on
     * the side, and no task left to the common pool. The launcher's wiring and the sandbox's HTTP server own theirs.
     */
    @ArchTest
    static final ArchRule threadsOnlyFromInjectedExecutors = noClasses()
            .that()
            .resideOutsideOfPackage("io.stageboard.sandbox..")
            .and()
            .doNotHaveFullyQualifiedName("io.stageboard.app.StageboardApp")
            .should()
            .callConstructor(Thread.class, Runnable.class)
            .orShould()
            .callConstructor(Thread.class, Runnable.class, String.class)
            .orShould()
            .callMethodWhere(target(owner(equivalentTo(Executors.class))))
            .orShould()
            .callMethod(CompletableFuture.class, "supplyAsync", Supplier.class)
            .orShould()
            .callMethod(CompletableFuture.class, "runAsync", Runnable.class);

    /** Packages depend on each other in one direction only. */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages =
            slices().matching("io.stageboard.(**)").should().beFreeOfCycles();
}
