package org.qadam.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the application. Every value comes from MicroProfile Config, so the same WAR
 * runs on the embedded H2 file database (the defaults in {@code microprofile-config.properties}) and on
 * MySQL/MariaDB in production (environment variables such as {@code QADAM_DB_URL}).
 */
@DataSourceDefinition(
        name = QadamDataSource.JNDI_NAME,
        className = "${MPCONFIG=qadam.db.datasource-class}",
        url = "${MPCONFIG=qadam.db.url}",
        user = "${MPCONFIG=qadam.db.user}",
        password = "${MPCONFIG=qadam.db.password}",
        minPoolSize = 1,
        properties = {
                "fish.payara.max-pool-size=${MPCONFIG=qadam.db.pool-size}",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.max-wait-time-in-millis=10000"
        })
@Singleton
public class QadamDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/qadam";
}
