/** Evaluations held in an employee's case file, one per round of a B.E. fiscal year. */
package org.prawat.domain.evaluation;
