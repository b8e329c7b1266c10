/** One employee's case file: header, charts and the timeline of every record, newest first. */
package org.prawat.ui.casefile;
