package org.qadam.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.certificate.Certificates;

import java.util.List;

/** The signed-in person's own certificates, on the home page, to download. */
@Named
@RequestScoped
public class MyCertificatesBacking {

    @Inject
    Certificates certificates;

    private List<Certificates.Row> mine;

    public List<Certificates.Row> getMine() {
        if (mine == null) {
            mine = certificates.mine();
        }
        return mine;
    }
}
