package org.qadam.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.OrganisationRow;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs coordinator/organisations.xhtml: a database-paged list filtered by region and name, create, rename, delete. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

    @Inject
    Organisations organisations;

    private List<RegionRow> regions;
    private Long regionFilter;
    private String textFilter;

    private Long editingId;
    private long editingVersion;
    private String name;
    private OrganisationKind kind = OrganisationKind.NGO;
    private Long regionId;

    private final LazyDataModel<OrganisationRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) organisations.count(regionFilter, textFilter);
        }

        @Override
        public List<OrganisationRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return organisations.page(regionFilter, textFilter, first, pageSize);
        }

        @Override
        public String getRowKey(OrganisationRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void load() {
        regions = organisations.regions();
    }

    public void startNew() {
        editingId = null;
        name = null;
        kind = OrganisationKind.NGO;
        regionId = regionFilter;
    }

    public void startEdit(OrganisationRow row) {
        editingId = row.id();
        editingVersion = row.version();
        name = row.name();
        kind = row.kind();
        regionId = row.regionId();
    }

    public void save() {
        try {
            if (editingId == null) {
                if (regionId == null) {
                    Feedback.error("error.region.required");
                    return;
                }
                organisations.create(name, kind, regionId);
                Feedback.info("organisations.created", name);
            } else {
                organisations.rename(editingId, editingVersion, name);
                Feedback.info("organisations.renamed", name);
            }
            startNew();
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public void delete(OrganisationRow row) {
        try {
            organisations.delete(row.id());
            Feedback.info("organisations.deleted", row.name());
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public LazyDataModel<OrganisationRow> getRows() {
        return rows;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public Long getRegionFilter() {
        return regionFilter;
    }

    public void setRegionFilter(Long regionFilter) {
        this.regionFilter = regionFilter;
    }

    public String getTextFilter() {
        return textFilter;
    }

    public void setTextFilter(String textFilter) {
        this.textFilter = textFilter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }
}
