/**
 * Three-year development plans (แผนพัฒนาพนักงาน 3 ปี) in an employee's case file: a plan covers
 * three fiscal years in step with the three-year manpower plan, lists planned activities per
 * development area, and is later matched against what was done by linking trainings to them.
 * Activities may be added or dropped; a dropped activity stays in the history.
 */
package org.prawat.api.plan;
