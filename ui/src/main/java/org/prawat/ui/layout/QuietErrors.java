package org.prawat.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A failure while handling a click or a value change shows the user a short message in their
 * language instead of Vaadin's stack-trace dialog; the details go to the log.
 */
@Component
class QuietErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(QuietErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected failure in the UI", error.getThrowable());
            var ui = UI.getCurrent();
            if (ui != null) {
                var notification =
                        Notification.show(ui.getTranslation("error.text"), 8_000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
    }
}
