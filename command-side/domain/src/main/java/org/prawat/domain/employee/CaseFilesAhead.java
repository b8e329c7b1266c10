package org.prawat.domain.employee;

import java.util.List;
import org.prawat.api.employee.EmployeeId;

/**
 * Loads case files on a second thread while one command goes through them one after another (a
 * bulk attendance asks 300 case files in turn), so that both of the machine's cores load them.
 */
@FunctionalInterface
public interface CaseFilesAhead {

    /** Loads nothing: for tests that build the command side without the case-file cache. */
    CaseFilesAhead NONE = inOrder -> () -> {};

    /**
     * Starts loading {@code inOrder} from its last case file backwards, while the caller goes from the
     * first: the two meet in the middle rather than wait for each other's case files. Closing stops
     * the loading and does not wait for it.
     */
    Loading loadFromTheEnd(List<EmployeeId> inOrder);

    /** The loading under way; closing it stops it. */
    interface Loading extends AutoCloseable {
        @Override
        void close();
    }
}
