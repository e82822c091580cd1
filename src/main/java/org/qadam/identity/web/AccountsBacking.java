package org.qadam.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.qadam.identity.AccountQuery;
import org.qadam.identity.AccountRow;
import org.qadam.identity.Accounts;
import org.qadam.identity.Role;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs admin/accounts.xhtml: search, filter and page through accounts, in the database. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    @Inject
    Accounts accounts;

    private String text;
    private Role role;
    private String status = "";

    private final LazyDataModel<AccountRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(query(Map.of()));
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return accounts.page(query(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(AccountRow row) {
            return String.valueOf(row.id());
        }
    };

    private AccountQuery query(Map<String, SortMeta> sortBy) {
        AccountQuery.Sort sort = AccountQuery.Sort.NAME;
        boolean ascending = true;
        for (SortMeta meta : sortBy.values()) {
            sort = switch (meta.getField()) {
                case "email" -> AccountQuery.Sort.EMAIL;
                case "created" -> AccountQuery.Sort.CREATED;
                default -> AccountQuery.Sort.NAME;
            };
            ascending = meta.getOrder() != SortOrder.DESCENDING;
        }
        Boolean active = switch (status) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new AccountQuery(text, role, active, sort, ascending);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<AccountRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }
}
