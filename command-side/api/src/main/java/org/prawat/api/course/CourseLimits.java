package org.prawat.api.course;

/**
 * Limits shared by the command shape and the forms. Title, provider and trainer lengths are those
 * of a training record, so that every attendee's case file accepts what the course says.
 */
public final class CourseLimits {

    public static final int TITLE_MAX = 300;
    public static final int PROVIDER_MAX = 200;
    public static final int TRAINER_MAX = 200;
    public static final int VENUE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    /** The most attendees one command records; a larger session is recorded in several batches. */
    public static final int ATTENDEES_MAX = 1000;

    private CourseLimits() {}
}
