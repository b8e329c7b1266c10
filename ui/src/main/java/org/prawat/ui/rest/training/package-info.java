/** HTTP endpoints of a case file's development records: trainings and the reports written after them. */
package org.prawat.ui.rest.training;
