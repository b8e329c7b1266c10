/** HTTP endpoints of the course catalogue: courses, their sessions (รุ่น) and each session's attendance. */
package org.prawat.ui.rest.course;
