package org.qadam.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure as configured by {@code qadam.cookies.secure}:
 * {@code true} (always; set it behind a TLS-terminating proxy), {@code false}, or {@code auto}
 * (the container's default: Secure when the request came over HTTPS).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        String secure = ConfigProvider.getConfig().getOptionalValue("qadam.cookies.secure", String.class).orElse("auto");
        if ("true".equalsIgnoreCase(secure)) {
            cookie.setSecure(true);
        } else if ("false".equalsIgnoreCase(secure)) {
            cookie.setSecure(false);
        }
    }
}
