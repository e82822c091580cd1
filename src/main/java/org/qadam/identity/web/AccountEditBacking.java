package org.qadam.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.identity.AccountDetails;
import org.qadam.identity.AccountForm;
import org.qadam.identity.Accounts;
import org.qadam.identity.Role;
import org.qadam.organisation.OrganisationChoice;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** Backs admin/account.xhtml: a new account (no id) or an existing one ({@code ?id=}). */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    @Inject
    Accounts accounts;
    @Inject
    Organisations organisations;

    /** The raw URL parameter: checked here rather than by a converter, so a bad one is a clean 404. */
    private String id;
    private Long accountId;
    private long version;
    private boolean active = true;

    private String email;
    private String displayName;
    private Language language = Language.UZ;
    private Long regionId;
    private Long organisationId;
    private Role[] roles = {Role.LEARNER};
    private String password;

    private List<RegionRow> regions;
    private List<OrganisationChoice> organisationChoices = List.of();

    public void open() {
        regions = organisations.regions();
        if (id == null || id.isBlank()) {
            return;
        }
        try {
            accountId = Long.valueOf(id.strip());
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("error.notFound");
        }
        fill(accounts.details(accountId));
    }

    private void fill(AccountDetails details) {
        version = details.version();
        active = details.active();
        email = details.email();
        displayName = details.displayName();
        language = details.language();
        regionId = details.regionId();
        organisationId = details.organisationId();
        roles = details.roles().toArray(new Role[0]);
        regionChanged();
        organisationId = details.organisationId();
    }

    public void regionChanged() {
        organisationId = null;
        organisationChoices = regionId == null ? List.of() : organisations.inRegion(regionId);
    }

    public String save() {
        AccountForm form = new AccountForm(email, displayName, language, organisationId,
                roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)), password);
        try {
            if (accountId == null) {
                if (password == null || password.isEmpty()) {
                    Feedback.error("accountEdit:password", new org.qadam.shared.InvalidInputException("error.password.required"));
                    return null;
                }
                long created = accounts.create(form);
                Feedback.infoAfterRedirect("accounts.created", email);
                return "/admin/account.xhtml?faces-redirect=true&id=" + created;
            }
            accounts.update(accountId, version, form);
            Feedback.infoAfterRedirect("accounts.saved", email);
            return "/admin/account.xhtml?faces-redirect=true&id=" + accountId;
        } catch (QadamException problem) {
            Feedback.error(problem);
            return null;
        }
    }

    public String deactivate() {
        try {
            accounts.deactivate(accountId);
            Feedback.infoAfterRedirect("accounts.deactivated", email);
            return "/admin/account.xhtml?faces-redirect=true&id=" + accountId;
        } catch (QadamException problem) {
            Feedback.error(problem);
            return null;
        }
    }

    public String reactivate() {
        accounts.reactivate(accountId);
        Feedback.infoAfterRedirect("accounts.reactivated", email);
        return "/admin/account.xhtml?faces-redirect=true&id=" + accountId;
    }

    public boolean isExisting() {
        return accountId != null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Role[] getRoles() {
        return roles.clone();
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public List<OrganisationChoice> getOrganisationChoices() {
        return organisationChoices;
    }
}
