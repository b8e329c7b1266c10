/**
 * Rebuilding the read side (issue 4): every projection replayed from the event store into fresh
 * index versions, switched in when caught up. A rebuild is an operation, not a business fact, so
 * there is no command and no event here, only the progress query.
 */
package org.prawat.api.rebuild;
