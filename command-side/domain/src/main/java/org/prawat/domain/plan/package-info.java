/**
 * Three-year development plans held in an employee's case file, matched against the trainings of
 * the same case file.
 */
package org.prawat.domain.plan;
