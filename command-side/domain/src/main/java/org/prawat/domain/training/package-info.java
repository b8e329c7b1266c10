/** Trainings in a case file: what was attended, its rules, and the participant's report. */
package org.prawat.domain.training;
