package org.qadam.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the application. URL, user, password and driver class come from MicroProfile
 * Config, so the same WAR runs on the embedded H2 file database (the defaults in
 * {@code microprofile-config.properties}) and on MySQL/MariaDB in production (environment variables
 * such as {@code QADAM_DB_URL}).
 *
 * <p>The pool size is fixed here: Payara takes an application-defined pool's size only as this number
 * and ignores {@code fish.payara.max-pool-size} for it (FoundationIT checks the size that holds).
 * Connections are validated before use and all are dropped after one fails, so the pool recovers by
 * itself when the database comes back; a caller waits at most ten seconds for a free connection.
 */
@DataSourceDefinition(
        name = QadamDataSource.JNDI_NAME,
        className = "${MPCONFIG=qadam.db.datasource-class}",
        url = "${MPCONFIG=qadam.db.url}",
        user = "${MPCONFIG=qadam.db.user}",
        password = "${MPCONFIG=qadam.db.password}",
        minPoolSize = 1,
        maxPoolSize = QadamDataSource.MAX_POOL_SIZE,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@Singleton
public class QadamDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/qadam";
    public static final int MAX_POOL_SIZE = 32;
}
