package org.qadam.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through Jakarta Mail when {@code qadam.mail.host} is set; otherwise
 * {@link #isConfigured()} is false and nothing is sent (pages then show what would have been mailed).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    public boolean isConfigured() {
        return !setting("qadam.mail.host", "").isBlank();
    }

    /** Sends one message; false (and a log line) when it could not be sent. */
    public boolean send(String to, String subject, String body) {
        if (!isConfigured()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(setting("qadam.mail.from", "qadam@localhost")));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException failed) {
            LOG.log(Level.WARNING, "Mail to {0} not sent: {1}", new Object[]{to, failed.getMessage()});
            return false;
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", setting("qadam.mail.host", ""));
        p.put("mail.smtp.port", setting("qadam.mail.port", "587"));
        p.put("mail.smtp.starttls.enable", setting("qadam.mail.starttls", "true"));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        String user = setting("qadam.mail.username", "");
        if (user.isBlank()) {
            return Session.getInstance(p);
        }
        p.put("mail.smtp.auth", "true");
        String password = setting("qadam.mail.password", "");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    private static String setting(String name, String fallback) {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(name, String.class).orElse(fallback);
    }
}
