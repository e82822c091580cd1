package org.qadam.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.identity.Account;
import org.qadam.identity.PasswordLinks;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;

/** Backs password.xhtml ({@code ?token=}): a new account sets its password through its one-time link. */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    @Inject
    PasswordLinks links;
    @Inject
    ActiveUser user;

    private String token;
    private String name;
    private String email;
    private boolean usable;
    private String password;
    private String repeated;

    public void open() {
        if (name != null) {
            return;
        }
        Account holder = links.holderOf(token).orElse(null);
        usable = holder != null;
        if (usable) {
            name = holder.displayName();
            email = holder.email();
            if (!user.isSignedIn()) {
                // the page speaks the new person's language, from this very answer on
                user.languageChanged(holder.language());
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().setLocale(holder.language().locale());
            }
        }
    }

    public String save() {
        if (password == null || !password.equals(repeated)) {
            Feedback.error("error.password.mismatch");
            return null;
        }
        try {
            links.redeem(token, password);
            Feedback.infoAfterRedirect("password.set");
            return "/login?faces-redirect=true";
        } catch (QadamException problem) {
            Feedback.error(problem);
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
