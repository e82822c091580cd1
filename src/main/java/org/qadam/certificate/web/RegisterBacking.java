package org.qadam.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.certificate.CertificateStatus;
import org.qadam.certificate.Certificates;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs coordinator/certificates.xhtml: the register of every certificate, paged and searched in the
 * database by name, e-mail or code, cohort, region and status; revoking and re-issuing.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {

    @Inject
    Certificates certificates;
    @Inject
    Organisations organisations;

    private String text;
    private Long cohortId;
    private Long regionId;
    private CertificateStatus status;
    private List<RegionRow> regions;
    private Certificates.Row selected;
    private String reason;

    private final LazyDataModel<Certificates.Row> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) certificates.registerCount(query());
        }

        @Override
        public List<Certificates.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return certificates.registerPage(query(), first, pageSize);
        }

        @Override
        public String getRowKey(Certificates.Row row) {
            return String.valueOf(row.id());
        }
    };

    public void open() {
        if (regions == null) {
            regions = organisations.regions();
        }
    }

    private Certificates.RegisterQuery query() {
        return new Certificates.RegisterQuery(text, cohortId, regionId, status);
    }

    public void start(Certificates.Row row) {
        selected = row;
        reason = null;
    }

    public void revoke() {
        act(() -> certificates.revoke(selected.id(), selected.version(), reason), "certificates.revoked");
    }

    public void reissue() {
        act(() -> certificates.reissue(selected.id(), selected.version(), reason), "certificates.reissued");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.info(doneKey, selected.holder());
        } catch (QadamException problem) {
            Feedback.error(problem);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    public CertificateStatus[] getStatuses() {
        return CertificateStatus.values();
    }

    public LazyDataModel<Certificates.Row> getRows() {
        return rows;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public void setStatus(CertificateStatus status) {
        this.status = status;
    }

    public Certificates.Row getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
