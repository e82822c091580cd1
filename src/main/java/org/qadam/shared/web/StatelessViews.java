package org.qadam.shared.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.Set;

/**
 * Makes the views of the pages that keep nothing between requests transient as they are created, so that no
 * view map is made for them. With its content security policy on, PrimeFaces keeps each page's script nonce in
 * the view map, for the postbacks that will check it, and asks for the nonce before the page is built: a
 * {@code transient} attribute on {@code f:view} comes too late. Each view map Faces registers in the session
 * and announces with a CDI event, on every request, for pages such as <em>My cycle</em> that have no form to
 * post back at all (the template's sign-out form goes to a servlet). Registered in faces-config.xml.
 */
public class StatelessViews extends ViewHandlerWrapper {

    /**
     * The pages without a Faces form and without a view-scoped bean. StatelessPagesTest checks this list against
     * the pages: a page here must not have either, and a page with neither must be here.
     */
    public static final Set<String> VIEW_IDS = Set.of(
            "/index.xhtml", "/my-cohort.xhtml", "/verify.xhtml", "/courses.xhtml",
            "/error/403.xhtml", "/error/404.xhtml", "/error/500.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && VIEW_IDS.contains(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
