package org.prawat.ui.layout;

import java.util.Locale;

/** The language a user chose for their session; without one, Prawat speaks Thai. */
public record LanguageChoice(Locale locale) {}
