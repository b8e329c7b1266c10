/**
 * The course catalogue (หลักสูตร) and its sessions (รุ่น): a course is created once, scheduled as
 * numbered sessions, and the attendance of a whole session is recorded in one command that puts a
 * training record into every attendee's case file, or into none.
 */
package org.prawat.api.course;
