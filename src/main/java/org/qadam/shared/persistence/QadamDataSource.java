package org.qadam.shared.persistence;

/**
 * Where the application's one data source is bound. It is defined in {@code WEB-INF/web.xml}, every value
 * from MicroProfile Config ({@code qadam.db.*}), so the same WAR runs on the embedded H2 file database
 * (the defaults in {@code microprofile-config.properties}) and on MySQL/MariaDB in production
 * ({@code QADAM_DB_URL}, {@code QADAM_DB_POOL_SIZE} and the rest).
 *
 * <p>Why web.xml and not {@code @DataSourceDefinition}: the annotation takes the pool size only as a
 * fixed number, and Payara ignores {@code fish.payara.max-pool-size} for it. In web.xml a
 * {@code ${MPCONFIG=...}} pool size works, once Payara's schema check of deployment descriptors is
 * switched off (pre-boot.asadmin), because the schema wants a literal number there. FoundationIT checks that the
 * configured size holds.
 */
public final class QadamDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/qadam";

    private QadamDataSource() {
    }
}
