package org.prawat.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.layout.LanguageChoice;
import org.springframework.stereotype.Component;

/**
 * Every new browser tab starts in Thai, whatever language the browser asks for, unless the user
 * switched to English in this session.
 */
@Component
class ThaiFirst implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var choice = init.getUI().getSession().getAttribute(LanguageChoice.class);
            init.getUI().setLocale(choice == null ? PrawatTranslations.THAI : choice.locale());
        });
    }
}
