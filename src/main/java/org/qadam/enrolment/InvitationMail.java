package org.qadam.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.mail.Mailer;
import org.qadam.shared.web.Feedback;

import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.time.format.FormatStyle;

/** Mails each new account its one-time link, in the person's language, once the enrolment has committed. */
@ApplicationScoped
public class InvitationMail {

    @Inject
    Mailer mailer;
    @Inject
    java.time.Clock clock;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InvitationMail.class.getName());

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) BulkEnrolment.PeopleInvited event) {
        if (!mailer.isConfigured() || event.people().isEmpty()) {
            return;
        }
        // sent on a thread of the server's own, so that the coordinator's page does not wait for the mail server
        executor.submit(() -> sendAll(event));
    }

    private void sendAll(BulkEnrolment.PeopleInvited event) {
        int sent = 0;
        for (InvitedPerson person : event.people()) {
            Language language = Language.fromCode(person.language()).orElse(Language.UZ);
            String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(person.expiresAt().atZone(clock.getZone()));
            if (mailer.send(person.email(),
                    Feedback.text(language.locale(), "mail.invitation.subject", event.cohortName()),
                    Feedback.text(language.locale(), "mail.invitation.body", person.name(), event.cohortName(), person.link(), expires))) {
                sent++;
            }
        }
        LOG.log(Level.INFO, "Invitations for {0}: {1} of {2} mailed", new Object[]{event.cohortName(), sent, event.people().size()});
    }
}
