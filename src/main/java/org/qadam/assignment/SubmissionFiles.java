package org.qadam.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.cohort.CohortAccess;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.files.FileStore;
import org.qadam.shared.files.FileTypes;

import java.util.List;

/**
 * Files of submissions for download, checked for every id: the cohort's trainers and the coordinators
 * see every file; a learner the files of their own (or their NGO team's) work, and feedback files only
 * once the work is returned or released. Anyone else is refused; the download address answers them as it
 * answers an id that does not exist.
 */
@ApplicationScoped
public class SubmissionFiles {

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    FileStore store;

    /** A file ready to send: its name, type, whether a browser may show it in place, and its checked file. */
    public record Download(String name, String mediaType, boolean viewable, java.nio.file.Path path, long size) {

        public byte[] bytes() {
            try {
                return java.nio.file.Files.readAllBytes(path);
            } catch (java.io.IOException unreadable) {
                throw new org.qadam.shared.files.DamagedFileException();
            }
        }
    }

    public Download open(long fileId) {
        long me = access.me();
        SubmissionFile file = em.find(SubmissionFile.class, fileId);
        if (file == null) {
            throw new NotFoundException("error.notFound");
        }
        Submission s = em.find(Submission.class, file.submissionId());
        if (!access.isStaffOf(s.cohort().id())) {
            boolean own = isMember(s, me);
            boolean visible = file.purpose() == SubmissionFile.Purpose.SUBMISSION || s.status().feedbackVisible();
            if (!own || !visible) {
                throw new AccessDeniedException("error.accessDenied");
            }
        }
        return new Download(file.name(), file.mediaType(), FileTypes.viewable(file.mediaType()), store.verified(file.stored()),
                file.sizeBytes());
    }

    /** The learner whose work it is, or a member of the NGO team whose work it is. */
    boolean isMember(Submission s, long accountId) {
        List<EnrolmentStatus> seeing = List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN);
        if (s.enrolmentId() != null) {
            return em.createQuery("select count(e) from Enrolment e where e.id = :id and e.account.id = :me and e.status in :seeing", Long.class)
                    .setParameter("id", s.enrolmentId()).setParameter("me", accountId).setParameter("seeing", seeing)
                    .getSingleResult() > 0;
        }
        return em.createQuery("select count(e) from Enrolment e where e.team.id = :team and e.account.id = :me and e.status in :seeing", Long.class)
                .setParameter("team", s.teamId()).setParameter("me", accountId).setParameter("seeing", seeing)
                .getSingleResult() > 0;
    }
}
