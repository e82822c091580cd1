package org.qadam.shared.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;

import java.io.IOException;
import java.util.Iterator;

/**
 * Turns the typed exceptions that escape a page into the right HTTP answer: a refused role is a 403,
 * an unknown id a 404, an expired view a fresh load of the same page. Anything else goes on to the
 * container's 500 page, which shows no details.
 */
public class QadamExceptionHandlerFactory extends ExceptionHandlerFactory {

    public QadamExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable problem = events.next().getContext().getException();
                FacesContext faces = FacesContext.getCurrentInstance();
                ExternalContext external = faces.getExternalContext();
                Integer status = statusFor(problem);
                try {
                    if (status != null && faces.getPartialViewContext().isAjaxRequest()) {
                        // an ajax request cannot show an error page in place: send the browser to it
                        events.remove();
                        external.redirect(external.getRequestContextPath() + "/error/" + status + ".xhtml");
                        faces.responseComplete();
                    } else if (status != null) {
                        events.remove();
                        external.responseReset();
                        external.responseSendError(status, null);
                        faces.responseComplete();
                    } else if (causeOf(problem, ViewExpiredException.class) != null) {
                        events.remove();
                        external.redirect(external.getRequestContextPath() + ((ViewExpiredException)
                                causeOf(problem, ViewExpiredException.class)).getViewId());
                        faces.responseComplete();
                    }
                } catch (IOException | IllegalStateException e) {
                    throw new FacesException(e);
                }
            }
            getWrapped().handle();
        }

        private static Integer statusFor(Throwable problem) {
            if (causeOf(problem, AccessDeniedException.class) != null) {
                return 403;
            }
            if (causeOf(problem, NotFoundException.class) != null) {
                return 404;
            }
            return null;
        }

        private static Throwable causeOf(Throwable problem, Class<? extends Throwable> type) {
            for (Throwable t = problem; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
            return null;
        }
    }
}
