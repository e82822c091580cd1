package org.qadam.certificate.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.certificate.Certificates;
import org.qadam.certificate.VerifyThrottle;
import org.qadam.identity.web.ClientAddress;

/** Backs verify.xhtml ({@code ?code=}): a form for a code, and what the code says. Public; lookups limited per address. */
@Named
@RequestScoped
public class VerifyBacking {

    @Inject
    Certificates certificates;
    @Inject
    VerifyThrottle throttle;
    @Inject
    ClientAddress clientAddress;

    private String code;
    private Certificates.Verification result;
    private boolean throttled;

    /**
     * Looks the code up when the address names one: from the QR code ({@code /verify/{code}}), a link, or the
     * page's own form, which is sent by GET ({@code /verify/{code}} forwards with the parameter too). An empty
     * field sent by the form is looked up too, and told that it is not a certificate code.
     */
    public void open() {
        if (FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("code")) {
            look();
        }
    }

    private void look() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!throttle.allow(clientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()))) {
            throttled = true;
            result = null;
            ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(429);
            return;
        }
        result = certificates.verify(code);
    }

    public int getPerMinute() {
        return throttle.perMinute();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public Certificates.Verification getResult() {
        return result;
    }

    public boolean isThrottled() {
        return throttled;
    }
}
