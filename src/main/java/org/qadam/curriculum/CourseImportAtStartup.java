package org.qadam.curriculum;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * At start-up, imports every course folder of {@code qadam.courses.path} ({@code courses/} by default):
 * a changed course becomes a new version, an unchanged one changes nothing, an invalid one is skipped
 * with its problems in the log. Each course in its own transaction, so one broken course stops no other.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseImportAtStartup {

    private static final Logger LOG = Logger.getLogger(CourseImportAtStartup.class.getName());

    @Inject
    Curriculum curriculum;

    @Inject
    @ConfigProperty(name = "qadam.courses.path", defaultValue = "courses")
    String coursesPath;

    @PostConstruct
    void importAll() {
        Path root = coursesFolder(coursesPath);
        try {
            var results = curriculum.importAll(root);
            if (results.isEmpty()) {
                LOG.info(() -> "No course found in " + root + " (qadam.courses.path)");
            }
            for (Curriculum.ImportResult result : results) {
                switch (result.outcome()) {
                    case IMPORTED -> LOG.info(() -> "Course " + result.code() + " imported as version " + result.version());
                    case UNCHANGED -> LOG.info(() -> "Course " + result.code() + " unchanged (version " + result.version() + ")");
                    case INVALID -> LOG.severe(() -> "Course " + result.code() + " not imported, its files have problems:\n  "
                            + String.join("\n  ", result.problems().stream().map(CourseProblem::toString).toList()));
                }
            }
        } catch (RuntimeException e) {
            LOG.severe(() -> "Courses in " + root + " not imported: " + e);
        }
    }

    static Path coursesFolder(String configured) {
        return Path.of(configured).toAbsolutePath().normalize();
    }
}
