package org.prawat.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every new browser tab starts in Thai, whatever language the browser asks for. */
@Component
class ThaiFirst implements VaadinServiceInitListener {

    static final Locale THAI = Locale.forLanguageTag("th-TH");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(THAI));
    }
}
