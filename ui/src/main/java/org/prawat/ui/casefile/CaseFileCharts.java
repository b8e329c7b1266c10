package org.prawat.ui.casefile;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * Two charts drawn on the server as inline SVG (no chart library in the browser): training hours
 * per B.E. fiscal year and the evaluation level of each round. Retracted records do not count.
 */
class CaseFileCharts extends Div {

    private static final Font FONT = new Font("Sarabun", Font.PLAIN, 13);
    private static final Color BAR = new Color(0x1f6f8b);

    CaseFileCharts(CaseHistory history) {
        setId("case-file-charts");
        addClassName("case-file-charts");
        add(chart("chart-training-hours", trainingHoursSvg(history)));
        add(chart("chart-evaluation-levels", evaluationLevelsSvg(history)));
    }

    private Div chart(String id, String svg) {
        var box = new Div();
        box.setId(id);
        box.addClassName("case-file-chart");
        if (svg == null) {
            box.add(new Span(getTranslation("casefile.chart.nothing")));
        } else {
            // Not the Html component: it builds elements in the HTML namespace, so an SVG's shapes would
            // not be drawn. The browser's own parser puts <svg> in the SVG namespace. The markup is
            // made here by JFreeSVG from numbers and translated labels, never from user text.
            var drawing = new Div();
            drawing.addClassName("case-file-chart-svg");
            drawing.getElement().setProperty("innerHTML", svg);
            box.add(drawing);
        }
        return box;
    }

    /** Hours of every training that stands, per fiscal year; null when there is none. */
    String trainingHoursSvg(CaseHistory history) {
        Map<Integer, BigDecimal> hours = new TreeMap<>();
        standing(history, TimelineEntryKind.TRAINING)
                .forEach(e -> hours.merge(
                        e.fiscalYear().value(),
                        new BigDecimal(e.details().getOrDefault("hours", "0")),
                        BigDecimal::add));
        if (hours.isEmpty()) {
            return null;
        }
        var data = new DefaultCategoryDataset();
        hours.forEach((year, sum) -> data.addValue(sum, "hours", String.valueOf(year)));
        var chart = ChartFactory.createBarChart(
                getTranslation("casefile.chart.training-hours"),
                getTranslation("casefile.chart.fiscal-year"),
                getTranslation("casefile.chart.hours"),
                data,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        return svg(chart);
    }

    /** The level of each evaluated round, oldest round first; null when there is none. */
    String evaluationLevelsSvg(CaseHistory history) {
        var evaluations = standing(history, TimelineEntryKind.EVALUATION).stream()
                .filter(e -> e.evaluationLevel() != null)
                .sorted(Comparator.comparing(TimelineEntry::businessDate))
                .toList();
        if (evaluations.isEmpty()) {
            return null;
        }
        var data = new DefaultCategoryDataset();
        evaluations.forEach(e -> data.addValue(
                EvaluationLevel.values().length - e.evaluationLevel().ordinal(),
                "level",
                e.details().getOrDefault("round", "?") + "/" + e.fiscalYear().value()));
        var chart = ChartFactory.createBarChart(
                getTranslation("casefile.chart.evaluation-levels"),
                getTranslation("casefile.chart.round"),
                getTranslation("casefile.chart.level"),
                data,
                PlotOrientation.VERTICAL,
                false,
                false,
                false);
        var plot = (CategoryPlot) chart.getPlot();
        var levels = (NumberAxis) plot.getRangeAxis();
        levels.setRange(0, EvaluationLevel.values().length + 0.5);
        levels.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1, new LevelNames(getLocale())));
        ((BarRenderer) plot.getRenderer())
                .setDefaultItemLabelGenerator(
                        new StandardCategoryItemLabelGenerator("{2}", new LevelNames(getLocale())));
        return svg(chart);
    }

    private static List<TimelineEntry> standing(CaseHistory history, TimelineEntryKind kind) {
        return history.entries().stream()
                .filter(e -> e.kind() == kind && e.status() != EntryStatus.RETRACTED)
                .toList();
    }

    private static String svg(JFreeChart chart) {
        chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 15f));
        chart.setBackgroundPaint(Color.WHITE);
        var plot = (CategoryPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setLabelFont(FONT);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        // Room above the tallest bar for its value label.
        plot.getRangeAxis().setUpperMargin(0.15);
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setMaximumBarWidth(0.12);
        if (renderer.getDefaultItemLabelGenerator() == null) {
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        }
        renderer.setDefaultItemLabelFont(FONT);
        renderer.setDefaultItemLabelsVisible(true);
        var g2 = new SVGGraphics2D(480, 260);
        chart.draw(g2, new Rectangle(0, 0, 480, 260));
        return g2.getSVGElement();
    }

    /** Shows the numbers 1–5 of the level axis as the level's name, in the reader's language. */
    private static final class LevelNames extends java.text.NumberFormat {

        private final boolean thai;

        LevelNames(java.util.Locale locale) {
            this.thai = PrawatTranslations.isThai(locale);
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, java.text.FieldPosition pos) {
            int ordinal = EvaluationLevel.values().length - (int) number;
            if (ordinal >= 0 && ordinal < EvaluationLevel.values().length) {
                var level = EvaluationLevel.values()[ordinal];
                to.append(thai ? level.thai() : level.english());
            }
            return to;
        }

        @Override
        public Number parse(String source, java.text.ParsePosition pos) {
            return null;
        }
    }
}
