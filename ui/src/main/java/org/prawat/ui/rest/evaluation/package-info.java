/** HTTP endpoints of a case file's performance evaluations: record, review, acknowledge. */
package org.prawat.ui.rest.evaluation;
