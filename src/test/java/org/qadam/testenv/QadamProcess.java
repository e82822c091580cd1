package org.qadam.testenv;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application, started as run.sh starts it (Payara Micro jar, the WAR at the root context,
 * the pre-boot commands, demo data on the embedded H2 database), in a fresh working directory under
 * {@code target/}, so its {@code ./data/} is new for every test run. One process serves all browser
 * tests; it is stopped when the test JVM ends.
 */
public final class QadamProcess {

    private static Process process;
    private static String baseUrl;
    private static Path log;

    private QadamProcess() {
    }

    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            start();
        }
        return baseUrl;
    }

    private static void start() {
        File project = new File(System.getProperty("qadam.project.directory", "."));
        File target = new File(System.getProperty("qadam.build.directory", "target"));
        Path workDir = target.toPath().resolve("browser-app");
        int port = FreePort.find();
        try {
            deleteRecursively(workDir);
            Files.createDirectories(workDir.resolve("data/tmp"));
            log = target.toPath().resolve("browser-app.log");
            List<String> command = new ArrayList<>(List.of(
                    new File(System.getProperty("java.home"), "bin/java").getPath(),
                    "-Xmx512m", "-Djava.io.tmpdir=" + workDir.resolve("data/tmp"),
                    "-jar", new File(target, "payara-micro.jar").getPath(),
                    "--deploy", new File(target, "qadam.war").getPath(), "--contextroot", "/",
                    "--port", String.valueOf(port), "--nocluster", "--nohazelcast",
                    "--prebootcommandfile", new File(project, "src/main/payara/pre-boot.asadmin").getPath()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("QADAM_DEMO_DATA", "true");
            builder.environment().put("QADAM_COURSES_PATH", coursesWithAScriptTrap(project.toPath(), workDir).toString());
            builder.environment().put("QADAM_PUBLIC_URL", "http://localhost:" + port + "/");
            process = builder.start();
            baseUrl = "http://localhost:" + port + "/";
            awaitReady();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Qadam: " + e.getMessage(), e);
        }
    }

    private static void awaitReady() {
        awaitReady(process, baseUrl, log, Duration.ofMinutes(4));
    }

    /**
     * Waits until a started Qadam answers {@code /status/ready} with 200; fails at once if its process
     * ends, or after {@code limit}. Also used by the load benchmark's {@code LoadRun}.
     */
    public static void awaitReady(Process started, String base, Path logFile, Duration limit) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!started.isAlive()) {
                throw new IllegalStateException("Qadam exited during start-up; see " + logFile);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(base + "status/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Qadam was not ready within " + limit.toMinutes() + " minutes; see " + logFile);
    }

    /** The real courses, plus a test course whose lesson tries to run script in the reader's browser. */
    private static Path coursesWithAScriptTrap(Path project, Path workDir) throws IOException {
        Path courses = workDir.resolve("courses");
        Path source = project.resolve("courses");
        try (var paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path target = courses.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path trap = courses.resolve("script-trap");
        Files.createDirectories(trap.resolve("01-only"));
        Files.writeString(trap.resolve("course.yaml"), """
                id: script-trap
                version: 1
                title: {en: Script trap, ru: Ловушка для скриптов, uz: Skript tuzogʻi}
                description: {en: A test course., ru: Тестовый курс., uz: Sinov kursi.}
                modules:
                  - 01-only
                """);
        Files.writeString(trap.resolve("01-only/module.yaml"), """
                id: only
                title: {en: Only, ru: Единственный, uz: Yagona}
                lessons:
                  - id: trap
                    file: 01-trap
                    title: {en: Trap, ru: Ловушка, uz: Tuzoq}
                """);
        for (String language : new String[]{"en", "ru", "uz"}) {
            Files.writeString(trap.resolve("01-only/01-trap." + language + ".md"), """
                    # A lesson that tries to run script

                    Harmless text stays.

                    <script>window.qadamPwned = 'script';</script>

                    <img src="x" onerror="window.qadamPwned = 'onerror'">

                    [a link](javascript:window.qadamPwned='link')
                    """);
        }
        return courses;
    }

    public static Path log() {
        return log;
    }

    public static synchronized void stopIfStarted() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
