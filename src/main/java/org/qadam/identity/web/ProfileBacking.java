package org.qadam.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.identity.Account;
import org.qadam.identity.Accounts;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;

/** Backs profile.xhtml: a person's own password and language. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Inject
    Accounts accounts;
    @Inject
    ActiveUser activeUser;

    private String email;
    private String organisation;
    private Language language;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    @PostConstruct
    void load() {
        Account me = accounts.me();
        email = me.email();
        organisation = me.organisation() == null ? null : me.organisation().name();
        language = me.language();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Feedback.error("profile:confirmPassword", new org.qadam.shared.InvalidInputException("error.password.mismatch"));
            return;
        }
        try {
            accounts.changeMyPassword(currentPassword, newPassword);
            // this session stays: it signed in "after" the revocation that ends the others
            ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest()).getSession().setAttribute(RevokedSessions.SIGNED_IN_AT,
                    java.time.Instant.now().plusMillis(1));
            currentPassword = null;
            newPassword = null;
            confirmPassword = null;
            Feedback.info("profile.passwordChanged");
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public String changeLanguage() {
        accounts.changeMyLanguage(language);
        activeUser.languageChanged(language);
        Feedback.infoAfterRedirect("profile.languageChanged");
        return "/profile.xhtml?faces-redirect=true";
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
