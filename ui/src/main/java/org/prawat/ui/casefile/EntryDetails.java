package org.prawat.ui.casefile;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.prawat.api.history.TimelineEntryKind;

/**
 * Which of an entry's details a reader of the case file needs, in the order they read them, and
 * their labels; the rest (ids, weights, versions) stay in the audit view.
 */
final class EntryDetails {

    private EntryDetails() {}

    static List<String> shown(TimelineEntryKind kind) {
        return switch (kind) {
            case REGISTRATION, POSITION_CHANGE -> List.of("position", "level", "orderNumber");
            case TRANSFER, SEPARATION -> List.of("orderNumber");
            case TRAINING -> List.of("provider", "hours", "startDate", "endDate", "certificateNumber", "outcome");
            case TRAINING_REPORT -> List.of("whatWasLearned", "howItWillBeApplied");
            case EVALUATION -> List.of("round", "total", "evaluatorName", "comments");
            case SALARY_STEP_INCREASE -> List.of("steps", "percentage", "orderNumber");
            case BONUS -> List.of("amount", "orderNumber");
            default -> List.of("issuedBy", "certificateNumber", "orderNumber");
        };
    }

    /** The label of detail {@code name}, in the language of {@code in}. */
    static String label(Component in, String name) {
        return switch (name) {
            case "position" -> in.getTranslation("casefile.detail.position");
            case "level" -> in.getTranslation("casefile.detail.level");
            case "orderNumber" -> in.getTranslation("casefile.detail.order-number");
            case "provider" -> in.getTranslation("casefile.detail.provider");
            case "hours" -> in.getTranslation("casefile.detail.hours");
            case "startDate" -> in.getTranslation("casefile.detail.start-date");
            case "endDate" -> in.getTranslation("casefile.detail.end-date");
            case "certificateNumber" -> in.getTranslation("casefile.detail.certificate-number");
            case "outcome" -> in.getTranslation("casefile.detail.outcome");
            case "whatWasLearned" -> in.getTranslation("casefile.detail.what-was-learned");
            case "howItWillBeApplied" -> in.getTranslation("casefile.detail.how-it-will-be-applied");
            case "round" -> in.getTranslation("casefile.detail.round");
            case "total" -> in.getTranslation("casefile.detail.total");
            case "evaluatorName" -> in.getTranslation("casefile.detail.evaluator");
            case "comments" -> in.getTranslation("casefile.detail.comments");
            case "steps" -> in.getTranslation("casefile.detail.steps");
            case "percentage" -> in.getTranslation("casefile.detail.percentage");
            case "amount" -> in.getTranslation("casefile.detail.amount");
            case "issuedBy" -> in.getTranslation("casefile.detail.issued-by");
            default -> name;
        };
    }
}
