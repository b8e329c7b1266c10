package org.prawat.api.course;

/**
 * The scheduled sessions (รุ่น) of courses whose title, provider, trainers or venue hold every word
 * of {@code text} (blank: the latest sessions), newest first; answers {@link CourseSessions}. For
 * choosing the session whose attendance is recorded.
 */
public record FindCourseSessions(String text) {}
