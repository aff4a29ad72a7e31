package org.tradeexecutor.platform.control;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.data.repository.BasicRepository;
import jakarta.data.repository.CrudRepository;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import org.eclipse.jnosql.mapping.NoSQLRepository;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JNoSQL's class scanner, limited to the application's own packages. The default one scans the whole class path,
 * Payara's runtime included, and costs about ten seconds of every start. Registered in META-INF/services, which
 * JNoSQL consults before its own default.
 */
public class ApplicationClassScanner implements ClassScanner {

    /** The root package of the application: "org.tradeexecutor". */
    static final String ROOT_PACKAGE = ApplicationClassScanner.class.getPackageName().replace(".platform.control", "");

    private final Set<Class<?>> entities;
    private final Set<Class<?>> embeddables;
    private final Set<Class<?>> repositories;
    private final Set<Class<?>> customRepositories;

    public ApplicationClassScanner() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(ROOT_PACKAGE).overrideClassLoaders(ApplicationClassScanner.class.getClassLoader()).scan()) {
            entities = Set.copyOf(scan.getClassesWithAnnotation(Entity.class).loadClasses());
            embeddables = Set.copyOf(scan.getClassesWithAnnotation(Embeddable.class).loadClasses());
            var annotatedInterfaces = scan.getClassesWithAnnotation(Repository.class).getInterfaces();
            repositories = Set.copyOf(annotatedInterfaces.filter(c -> c.implementsInterface(DataRepository.class)).loadClasses());
            customRepositories = Set.copyOf(annotatedInterfaces.filter(c -> !c.implementsInterface(DataRepository.class)).loadClasses());
        }
    }

    @Override
    public Set<Class<?>> entities() {
        return entities;
    }

    @Override
    public Set<Class<?>> repositories() {
        return repositories;
    }

    @Override
    public Set<Class<?>> embeddables() {
        return embeddables;
    }

    @Override
    public <T extends DataRepository<?, ?>> Set<Class<?>> repositories(Class<T> filter) {
        Objects.requireNonNull(filter, "filter is required");
        return repositories.stream()
                .filter(filter::isAssignableFrom)
                .filter(c -> Arrays.asList(c.getInterfaces()).contains(filter))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Class<?>> repositoriesStandard() {
        List<Class<?>> standard = List.of(CrudRepository.class, BasicRepository.class, NoSQLRepository.class, DataRepository.class);
        return repositories.stream()
                .filter(c -> Arrays.stream(c.getInterfaces()).anyMatch(standard::contains))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Class<?>> customRepositories() {
        return customRepositories;
    }
}
