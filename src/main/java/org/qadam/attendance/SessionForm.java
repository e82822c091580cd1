package org.qadam.attendance;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What a trainer types to schedule or change a session. */
public record SessionForm(SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                          String moduleId) implements Serializable {
}
