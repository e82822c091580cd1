package org.qadam.it;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What the in-container tests do alike: sign a fixture person in, and read one value with plain SQL. */
final class InContainer {

    private InContainer() {
    }

    /** Signs in for the rest of this test method (one person per method). */
    static void signIn(SecurityContext security, String email) {
        AuthenticationStatus status = security.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(Fixtures.PASSWORD))));
        assertThat(status).as("sign-in of " + email).isEqualTo(AuthenticationStatus.SUCCESS);
    }

    static Long count(DataSource dataSource, String sql, Object... parameters) throws Exception {
        String value = string(dataSource, sql, parameters);
        return value == null ? null : Long.valueOf(value);
    }

    static String string(DataSource dataSource, String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                p.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
