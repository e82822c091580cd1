package org.qadam.progress.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.progress.CycleCard;
import org.qadam.progress.Progress;

import java.util.List;

/** Backs the "My cycle" part of index.xhtml: the signed-in person's cohorts, read once per request. */
@Named
@RequestScoped
public class MyCycleBacking {

    @Inject
    Progress progress;

    private List<CycleCard> cards;

    public List<CycleCard> getCards() {
        if (cards == null) {
            cards = progress.myCycle();
        }
        return cards;
    }
}
