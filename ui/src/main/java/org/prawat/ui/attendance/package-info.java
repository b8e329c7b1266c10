/** HR records who attended a course session: many case files in one all-or-none command. */
package org.prawat.ui.attendance;
