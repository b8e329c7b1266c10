package org.prawat.query.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.prawat.api.knowledge.KnowledgeKind;

/**
 * One course, post-training report or knowledge item in the {@value KnowledgeStore#DOCUMENTS} index
 * (see elasticsearch/indices/knowledge.json), in the shape they share so that one query covers
 * them all. The author's name and unit are repeated from {@link KnowledgeAuthor}; a course has
 * trainers instead and no unit (the catalogue is the whole organisation's).
 */
record KnowledgeDocument(
        String recordId,
        KnowledgeKind kind,
        String title,
        String text,
        List<String> topics,
        String authorId,
        String authorName,
        List<String> trainers,
        String unitId,
        List<String> unitPath,
        LocalDate businessDate,
        KnowledgeStatus status,
        Integer revision,
        String sourceReportId,
        List<CourseSession> sessions,
        long lastGlobalIndex) {

    /** The index id: record ids of different kinds may look alike, so the kind comes first. */
    static String idOf(KnowledgeKind kind, String recordId) {
        return kind.name() + ":" + recordId;
    }

    String id() {
        return idOf(kind, recordId);
    }

    static KnowledgeDocument course(String courseId, String title, String text) {
        return new KnowledgeDocument(
                courseId,
                KnowledgeKind.COURSE,
                title,
                text,
                List.of(),
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                KnowledgeStatus.ACTIVE,
                null,
                null,
                List.of(),
                -1);
    }

    static KnowledgeDocument written(
            KnowledgeKind kind,
            String recordId,
            String title,
            String text,
            List<String> topics,
            LocalDate businessDate,
            Integer revision,
            String sourceReportId) {
        return new KnowledgeDocument(
                recordId,
                kind,
                title,
                text,
                List.copyOf(topics),
                null,
                null,
                List.of(),
                null,
                List.of(),
                businessDate,
                KnowledgeStatus.ACTIVE,
                revision,
                sourceReportId,
                List.of(),
                -1);
    }

    /** This document by {@code author} as they are now. */
    KnowledgeDocument by(KnowledgeAuthor author) {
        return new KnowledgeDocument(
                recordId,
                kind,
                title,
                text,
                topics,
                author.employeeId(),
                author.name(),
                trainers,
                author.unitId(),
                author.unitPath(),
                businessDate,
                status,
                revision,
                sourceReportId,
                sessions,
                lastGlobalIndex);
    }

    /** The course with {@code session} added: its trainers join the course's, its start dates the course. */
    KnowledgeDocument withSession(CourseSession session, String venueText) {
        var allTrainers = new LinkedHashSet<>(trainers);
        allTrainers.addAll(session.trainers());
        var allSessions = new ArrayList<>(sessions);
        allSessions.add(session);
        LocalDate latest =
                businessDate == null || session.startDate().isAfter(businessDate) ? session.startDate() : businessDate;
        return new KnowledgeDocument(
                recordId,
                kind,
                title,
                text + "\n" + venueText,
                topics,
                authorId,
                authorName,
                List.copyOf(allTrainers),
                unitId,
                unitPath,
                latest,
                status,
                revision,
                sourceReportId,
                List.copyOf(allSessions),
                lastGlobalIndex);
    }

    KnowledgeDocument saying(String newTitle, String newText, List<String> newTopics, LocalDate date, Integer rev) {
        return new KnowledgeDocument(
                recordId,
                kind,
                newTitle,
                newText,
                List.copyOf(newTopics),
                authorId,
                authorName,
                trainers,
                unitId,
                unitPath,
                date,
                status,
                rev,
                sourceReportId,
                sessions,
                lastGlobalIndex);
    }

    KnowledgeDocument titled(String newTitle) {
        return saying(newTitle, text, topics, businessDate, revision);
    }

    KnowledgeDocument inStatus(KnowledgeStatus newStatus) {
        return new KnowledgeDocument(
                recordId,
                kind,
                title,
                text,
                topics,
                authorId,
                authorName,
                trainers,
                unitId,
                unitPath,
                businessDate,
                newStatus,
                revision,
                sourceReportId,
                sessions,
                lastGlobalIndex);
    }

    KnowledgeDocument inUnitPath(List<String> newUnitPath) {
        return new KnowledgeDocument(
                recordId,
                kind,
                title,
                text,
                topics,
                authorId,
                authorName,
                trainers,
                unitId,
                newUnitPath,
                businessDate,
                status,
                revision,
                sourceReportId,
                sessions,
                lastGlobalIndex);
    }

    KnowledgeDocument at(long position) {
        return new KnowledgeDocument(
                recordId,
                kind,
                title,
                text,
                topics,
                authorId,
                authorName,
                trainers,
                unitId,
                unitPath,
                businessDate,
                status,
                revision,
                sourceReportId,
                sessions,
                position);
    }
}
