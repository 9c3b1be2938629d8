package org.brtimeline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Every session's handler of errors no view caught: the person sees a short message in plain
 * words with a reference to quote (never a stack trace), and the log gets the whole error under
 * that reference. A write the services refuse for lack of a role says so.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler implements ErrorHandler {

        private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);
        private static final int SHOWN_FOR_MS = 15_000;
        private static final String TOMCAT_CONNECTOR = "org.apache.catalina.connector.";

        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            String message;
            if (causedBy(error, ClientAbortException.class)) {
                // The browser went away (a closed tab, a refused upload's connection): nothing to show or fix.
                LOG.info("Client went away: {}", error.toString());
                return;
            }
            if (connectionEnded(error)) {
                // A push to a connection the web server has already ended and recycled (a long poll closed while
                // the application stops, or a page gone): the page reconnects and fetches the change itself.
                LOG.info("Push to an ended connection: {}", error.toString());
                return;
            }
            if (causedBy(error, AccessDeniedException.class) || causedBy(error, AuthenticationException.class)) {
                LOG.warn("Refused: {}", error.toString());
                message = "You are not allowed to do this. Log in as an editor, then try again.";
            } else if (org.brtimeline.base.DatabaseOutage.causedIt(error)) {
                LOG.warn("The database cannot be reached ({})", org.brtimeline.base.DatabaseOutage.rootMessage(error));
                message = "The chronology's database cannot be reached at the moment, so what you just did was not"
                        + " done. Please try again in a minute; what you typed is still here.";
            } else {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Unexpected error, reference {}", reference, error);
                message = "Something went wrong, and what you just did may not have been done. Please try again;"
                        + " if it keeps happening, tell an administrator (reference " + reference + ").";
            }
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = Notification.show(message, SHOWN_FOR_MS, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        /**
         * Whether the error is the web server's refusal to use a request or response it has already recycled: an
         * {@link IllegalStateException} thrown by one of the facades of its connector that says so ("The request
         * object has been recycled and is no longer associated with this facade"). Other refusals of the connector
         * ("Cannot call sendError() after the response has been committed") are our bugs and stay unexpected, and so
         * does this one when the JVM's locale gives Tomcat's message in another language: shown rather than hidden.
         */
        static boolean connectionEnded(Throwable error) {
            return causedBy(
                    error,
                    t -> t instanceof IllegalStateException
                            && t.getStackTrace().length > 0
                            && t.getStackTrace()[0].getClassName().startsWith(TOMCAT_CONNECTOR)
                            && String.valueOf(t.getMessage()).contains("recycled"));
        }

        private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
            return causedBy(error, type::isInstance);
        }

        private static boolean causedBy(Throwable error, java.util.function.Predicate<Throwable> cause) {
            for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (cause.test(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
