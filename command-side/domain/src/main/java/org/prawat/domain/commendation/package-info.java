/** Commendations held in an employee's case file; a salary-step increase rests on one of its evaluations. */
package org.prawat.domain.commendation;
