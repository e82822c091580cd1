package org.qadam.curriculum.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.curriculum.Curriculum;

import java.util.List;

/** Backs courses.xhtml: every course with its latest version. */
@Named
@RequestScoped
public class CatalogueBacking {

    @Inject
    Curriculum curriculum;

    private List<Curriculum.CatalogueEntry> courses;

    @PostConstruct
    void load() {
        courses = curriculum.catalogue();
    }

    public List<Curriculum.CatalogueEntry> getCourses() {
        return courses;
    }
}
