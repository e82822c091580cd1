package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.shared.files.FileTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attempts as pages show them, with their files and the names of who handed them in: two queries for any number. */
@ApplicationScoped
public class SubmissionViews {

    @PersistenceContext
    EntityManager em;

    /**
     * @param staff a trainer or coordinator sees every level, total and feedback; a learner sees feedback once
     *              the work is returned or released, and the grade once released
     */
    public List<Attempt> attempts(List<Submission> submissions, boolean staff) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = submissions.stream().map(Submission::id).toList();
        Map<Long, List<Attempt.FileRow>> handedIn = new HashMap<>();
        Map<Long, List<Attempt.FileRow>> feedback = new HashMap<>();
        em.createQuery("select f from SubmissionFile f where f.submissionId in :ids order by f.id", SubmissionFile.class)
                .setParameter("ids", ids).getResultList().forEach(f -> (f.purpose() == SubmissionFile.Purpose.FEEDBACK ? feedback : handedIn)
                        .computeIfAbsent(f.submissionId(), k -> new ArrayList<>())
                        .add(new Attempt.FileRow(f.id(), f.name(), f.mediaType(), f.sizeBytes(), FileTypes.viewable(f.mediaType()))));
        Set<Long> people = new HashSet<>();
        submissions.forEach(s -> {
            if (s.submittedBy() != null) {
                people.add(s.submittedBy());
            }
        });
        Map<Long, String> names = Submissions.names(em, people);
        List<Attempt> result = new ArrayList<>();
        for (Submission s : submissions) {
            boolean seesFeedback = staff || s.status().feedbackVisible();
            boolean seesGrade = staff || s.status() == SubmissionStatus.RELEASED;
            result.add(new Attempt(s.id(), s.attempt(), s.status(), s.textHtml(), s.late(), s.savedAt(), s.submittedAt(),
                    s.submittedBy() == null ? null : names.get(s.submittedBy()),
                    handedIn.getOrDefault(s.id(), List.of()), seesFeedback ? feedback.getOrDefault(s.id(), List.of()) : List.of(),
                    seesGrade ? s.scores() : Map.of(), seesGrade ? s.total() : null,
                    seesFeedback ? s.feedbackHtml() : null, s.version()));
        }
        return result;
    }
}
