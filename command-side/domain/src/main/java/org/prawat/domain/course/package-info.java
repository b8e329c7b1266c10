/**
 * The course catalogue and its sessions, and the policy that turns a session's attendance into a
 * training record in every attendee's case file within the same transaction.
 */
package org.prawat.domain.course;
