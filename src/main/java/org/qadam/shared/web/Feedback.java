package org.qadam.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.BundleText;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Puts a message from the {@code messages} bundle on the page, in the language of the current view. */
public final class Feedback {

    public static final String BUNDLE = "org.qadam.i18n.messages";

    private Feedback() {
    }

    public static void error(QadamException problem) {
        add(null, FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.arguments());
    }

    public static void error(String clientId, QadamException problem) {
        add(clientId, FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.arguments());
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Keeps an info message across a redirect (post, redirect, get). */
    public static void infoAfterRedirect(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        return text(locale, key, arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException missing) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(shown(locale, arguments));
    }

    /**
     * The values as the reader reads them: a {@link BundleText} in their language, a day in their language's long
     * style (MessageFormat would write 2027-03-15), a list as "pdf, docx".
     */
    private static Object[] shown(Locale locale, Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof BundleText label) {
                shown[i] = text(locale, label.key());
            } else if (shown[i] instanceof LocalDate day) {
                shown[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
            } else if (shown[i] instanceof Collection<?> values) {
                shown[i] = values.stream().map(String::valueOf).collect(Collectors.joining(", "));
            }
        }
        return shown;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
