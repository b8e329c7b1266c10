package org.prawat.query.projection;

import java.util.List;

/**
 * The projections of one tracking processor, as a rebuild needs them: the aliases they write and
 * fresh instances writing to any target. Each read model declares one as a bean; the live
 * instances are those made with the {@link LiveProjectionTarget}.
 */
public interface ProjectionSet {

    /** The tracking processor that keeps these projections up to date while the system runs. */
    String processingGroup();

    /** Every alias these projections write, e.g. {@code timeline}, {@code timeline-people}. */
    List<String> aliases();

    /** New instances with {@code @EventHandler} methods, writing to {@code target}. */
    List<Object> projections(ProjectionTarget target);
}
