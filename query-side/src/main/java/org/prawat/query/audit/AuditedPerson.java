package org.prawat.query.audit;

import java.util.List;

/** The part of a {@code timeline-people} document that decides who may audit the case file. */
record AuditedPerson(List<String> unitPath) {}
