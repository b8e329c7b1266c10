package org.prawat.api.employee;

import java.util.List;

/** A page of {@link EmployeeHit}s and the total number of matches. */
public record EmployeeSearchResult(List<EmployeeHit> hits, long total) {}
