/**
 * Commendations (ความดีความชอบ / การยกย่องเชิดชูเกียรติ) in an employee's case file: certificates of
 * honour, salary-step increases justified by an evaluation, bonuses, outstanding-employee awards,
 * letters of praise and royal decorations.
 */
package org.prawat.api.commendation;
