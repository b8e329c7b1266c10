package org.prawat.ui.search;

import com.vaadin.flow.component.Component;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.casefile.KindIcons;
import org.prawat.ui.i18n.PrawatTranslations;

/** How a facet's value reads on its chip, in the user's language. */
final class FacetLabels {

    private FacetLabels() {}

    static String facet(Component in, org.prawat.api.search.SearchFacet facet) {
        return switch (facet) {
            case KIND -> in.getTranslation("search.facet.kind");
            case FISCAL_YEAR -> in.getTranslation("search.facet.fiscal-year");
            case PERSONNEL_TYPE -> in.getTranslation("search.facet.personnel-type");
            case POSITION_LEVEL -> in.getTranslation("search.facet.position-level");
            case EVALUATION_LEVEL -> in.getTranslation("search.facet.evaluation-level");
        };
    }

    static String value(Component in, org.prawat.api.search.SearchFacet facet, String value) {
        return switch (facet) {
            case KIND -> kind(in, value);
            case FISCAL_YEAR -> in.getTranslation("search.fiscal-year", value);
            case PERSONNEL_TYPE -> personnelType(in, value);
            case POSITION_LEVEL -> value;
            case EVALUATION_LEVEL -> evaluationLevel(in, value);
        };
    }

    /** A record kind by the shared names; a knowledge kind by this view's own. */
    static String kind(Component in, String value) {
        return switch (value) {
            case "COURSE" -> in.getTranslation("search.kind.course");
            case "KNOWLEDGE_ITEM" -> in.getTranslation("search.kind.knowledge-item");
            default -> isRecordKind(value)
                    ? in.getTranslation(KindIcons.nameKey(TimelineEntryKind.valueOf(value)))
                    : value;
        };
    }

    static boolean isRecordKind(String value) {
        for (var kind : TimelineEntryKind.values()) {
            if (kind.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String personnelType(Component in, String value) {
        return switch (value) {
            case "CIVIL_SERVANT" -> in.getTranslation("search.personnel-type.civil-servant");
            case "PROVINCIAL_STAFF" -> in.getTranslation("search.personnel-type.provincial-staff");
            case "MUNICIPAL_STAFF" -> in.getTranslation("search.personnel-type.municipal-staff");
            case "SUBDISTRICT_STAFF" -> in.getTranslation("search.personnel-type.subdistrict-staff");
            case "TEACHER" -> in.getTranslation("search.personnel-type.teacher");
            case "PERMANENT_EMPLOYEE" -> in.getTranslation("search.personnel-type.permanent-employee");
            case "MISSION_CONTRACT_EMPLOYEE" -> in.getTranslation("search.personnel-type.mission-contract");
            case "GENERAL_CONTRACT_EMPLOYEE" -> in.getTranslation("search.personnel-type.general-contract");
            default -> value;
        };
    }

    private static String evaluationLevel(Component in, String value) {
        for (var level : EvaluationLevel.values()) {
            if (level.name().equals(value)) {
                return PrawatTranslations.isThai(
                                in.getUI().map(ui -> ui.getLocale()).orElse(PrawatTranslations.THAI))
                        ? level.thai()
                        : level.english();
            }
        }
        return value;
    }
}
