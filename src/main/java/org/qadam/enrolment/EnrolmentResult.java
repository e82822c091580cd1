package org.qadam.enrolment;

import java.io.Serializable;
import java.util.List;

/** What a confirmed bulk enrolment wrote: people enrolled, rows skipped, and the new accounts' links. */
public record EnrolmentResult(int enrolled, int skipped, List<InvitedPerson> invited, boolean mailed) implements Serializable {
}
