package org.qadam.assignment;

import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedCriterion;
import org.qadam.curriculum.PublishedCourse.PublishedLevel;
import org.qadam.shared.InvalidInputException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scoring with an assignment's rubric: a trainer picks one level per criterion; the total is the exact
 * decimal sum of the levels' points. A pick that is not one of the criterion's levels, or names a
 * criterion the rubric does not have, is refused.
 */
public final class Rubric {

    private Rubric() {
    }

    public record Score(Map<String, BigDecimal> levels, BigDecimal total, boolean complete) {
    }

    /** @param picks criterion id to the points of the level picked; criteria without a pick are left out */
    public static Score score(PublishedAssignment assignment, Map<String, BigDecimal> picks) {
        Map<String, BigDecimal> levels = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> pick : picks.entrySet()) {
            if (pick.getValue() == null) {
                continue;
            }
            PublishedCriterion criterion = assignment.rubric().stream().filter(c -> c.id().equals(pick.getKey()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("error.grade.unknownCriterion", pick.getKey()));
            PublishedLevel level = criterion.levels().stream()
                    .filter(l -> l.points().compareTo(pick.getValue()) == 0).findFirst()
                    .orElseThrow(() -> new InvalidInputException("error.grade.unknownLevel", pick.getValue().toPlainString(),
                            criterion.id()));
            levels.put(criterion.id(), level.points());
            total = total.add(level.points());
        }
        boolean complete = assignment.rubric().stream().allMatch(c -> levels.containsKey(c.id()));
        return new Score(levels, total, complete);
    }
}
