package org.prawat.ui.casefile;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.prawat.api.history.TimelineEntryKind;

/** The icon and name that mark each kind of record, on the timeline and in search hits alike. */
public final class KindIcons {

    private KindIcons() {}

    /** The shared translation key of {@code kind}'s name (every kind's is checked by TranslationsTest). */
    public static String nameKey(TimelineEntryKind kind) {
        return "kind." + kind.name();
    }

    public static Icon of(TimelineEntryKind kind) {
        var icon = iconOf(kind).create();
        icon.addClassName("kind-icon");
        return icon;
    }

    private static VaadinIcon iconOf(TimelineEntryKind kind) {
        return switch (kind) {
            case REGISTRATION -> VaadinIcon.USER_CHECK;
            case TRANSFER -> VaadinIcon.EXCHANGE;
            case POSITION_CHANGE -> VaadinIcon.LEVEL_UP;
            case SEPARATION -> VaadinIcon.SIGN_OUT;
            case TRAINING -> VaadinIcon.ACADEMY_CAP;
            case TRAINING_REPORT -> VaadinIcon.FILE_TEXT_O;
            case EVALUATION -> VaadinIcon.CHART;
            case CERTIFICATE_OF_HONOUR -> VaadinIcon.DIPLOMA;
            case SALARY_STEP_INCREASE -> VaadinIcon.TRENDING_UP;
            case BONUS -> VaadinIcon.MONEY;
            case OUTSTANDING_EMPLOYEE_AWARD -> VaadinIcon.TROPHY;
            case LETTER_OF_PRAISE -> VaadinIcon.ENVELOPE_O;
            case ROYAL_DECORATION -> VaadinIcon.STAR;
            case DEVELOPMENT_PLAN -> VaadinIcon.ROAD;
            case CORRECTION_REQUEST -> VaadinIcon.EDIT;
        };
    }
}
