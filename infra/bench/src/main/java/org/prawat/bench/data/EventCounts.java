package org.prawat.bench.data;

import java.util.Collection;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.course.RecordSessionAttendance;

/** How many events the aggregates store for each command they accept (command-side/domain). */
final class EventCounts {

    private EventCounts() {}

    static int of(Object command) {
        // A correction that answers the owner's request also approves it.
        if (command instanceof CorrectTraining c) {
            return 1 + answered(c.requestId());
        } else if (command instanceof CorrectEvaluation c) {
            return 1 + answered(c.requestId());
        } else if (command instanceof CorrectCommendation c) {
            return 1 + answered(c.requestId());
        } else if (command instanceof RetractRecord c) {
            return 1 + answered(c.requestId());
        } else if (command instanceof RecordSessionAttendance c) {
            // The course's SessionAttendanceRecorded and one TrainingRecorded in each attendee's case file.
            return 1 + c.attendees().size();
        }
        return 1;
    }

    static long of(Collection<?> commands) {
        return commands.stream().mapToLong(EventCounts::of).sum();
    }

    private static int answered(CorrectionRequestId requestId) {
        return requestId == null ? 0 : 1;
    }
}
