package org.prawat.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;

/**
 * The page around every view: the "prawat" theme (plain CSS and the Sarabun font, served by the
 * application itself, see {@code src/main/frontend/themes/prawat}).
 */
@Theme("prawat")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class PrawatAppShell implements AppShellConfigurator {}
