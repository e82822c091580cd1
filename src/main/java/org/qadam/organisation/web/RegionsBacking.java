package org.qadam.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.i18n.LocalizedText;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** Backs coordinator/regions.xhtml: the list of regions, a form to add one, a form to rename one. */
@Named
@ViewScoped
public class RegionsBacking implements Serializable {

    @Inject
    Organisations organisations;

    private List<RegionRow> regions;
    private Long editingId;
    private long editingVersion;
    private String code;
    private String nameEn;
    private String nameRu;
    private String nameUz;

    @PostConstruct
    void load() {
        regions = organisations.regions();
    }

    public void startNew() {
        editingId = null;
        code = nameEn = nameRu = nameUz = null;
    }

    public void startEdit(RegionRow row) {
        editingId = row.id();
        editingVersion = row.version();
        code = row.code();
        nameEn = row.name().en();
        nameRu = row.name().ru();
        nameUz = row.name().uz();
    }

    public void save() {
        try {
            LocalizedText name = new LocalizedText(nameEn, nameRu, nameUz);
            if (editingId == null) {
                organisations.createRegion(code, name);
                Feedback.info("regions.created", code);
            } else {
                organisations.renameRegion(editingId, editingVersion, name);
                Feedback.info("regions.renamed", code);
            }
            startNew();
            load();
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameUz() {
        return nameUz;
    }

    public void setNameUz(String nameUz) {
        this.nameUz = nameUz;
    }
}
