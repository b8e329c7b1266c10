package org.prawat.ui.team;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.TeamTimelineFilters;
import org.prawat.ui.i18n.PrawatTranslations;

/** The filters the team timeline shares with search: fiscal year (B.E.), personnel type, level, evaluation level. */
final class TeamFilters extends HorizontalLayout {

    private final IntegerField fiscalYear = new IntegerField(getTranslation("team.fiscal-year"));
    private final ComboBox<PersonnelType> personnelType = new ComboBox<>(getTranslation("team.personnel-type"));
    private final TextField positionLevel = new TextField(getTranslation("team.position-level"));
    private final ComboBox<EvaluationLevel> evaluationLevel = new ComboBox<>(getTranslation("team.evaluation-level"));

    TeamFilters() {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addClassName("team-criteria");
        fiscalYear.setId("team-fiscal-year");
        fiscalYear.setMin(FiscalYear.EARLIEST);
        fiscalYear.setMax(FiscalYear.LATEST);
        fiscalYear.setPlaceholder(getTranslation("team.fiscal-year.placeholder"));
        personnelType.setId("team-personnel-type");
        personnelType.setItems(PersonnelType.values());
        personnelType.setItemLabelGenerator(type -> getTranslation(key(type)));
        personnelType.setClearButtonVisible(true);
        positionLevel.setId("team-position-level");
        positionLevel.setValueChangeMode(ValueChangeMode.LAZY);
        positionLevel.setClearButtonVisible(true);
        evaluationLevel.setId("team-evaluation-level");
        evaluationLevel.setItems(EvaluationLevel.values());
        evaluationLevel.setItemLabelGenerator(
                level -> PrawatTranslations.isThai(getLocale()) ? level.thai() : level.english());
        evaluationLevel.setClearButtonVisible(true);
        add(fiscalYear, personnelType, positionLevel, evaluationLevel);
    }

    /** The bundle key of a personnel type's name. */
    static String key(PersonnelType type) {
        return "team.personnel-type." + type.name();
    }

    void addChangeListener(Runnable onChange) {
        fiscalYear.addValueChangeListener(e -> onChange.run());
        personnelType.addValueChangeListener(e -> onChange.run());
        positionLevel.addValueChangeListener(e -> onChange.run());
        evaluationLevel.addValueChangeListener(e -> onChange.run());
    }

    /** The filters as chosen; a fiscal year outside the plausible B.E. years is left out. */
    TeamTimelineFilters value() {
        Integer year = fiscalYear.getValue();
        boolean plausible = year != null && year >= FiscalYear.EARLIEST && year <= FiscalYear.LATEST;
        String level = positionLevel.getValue().isBlank()
                ? null
                : positionLevel.getValue().strip();
        return new TeamTimelineFilters(
                plausible ? new FiscalYear(year) : null, personnelType.getValue(), level, evaluationLevel.getValue());
    }
}
