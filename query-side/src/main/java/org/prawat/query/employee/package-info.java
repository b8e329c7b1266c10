/**
 * Employee profiles in Elasticsearch: who each employee is now, where they sit, and the sums of
 * their records in force; found by any Thai word of their name, unit or position.
 */
package org.prawat.query.employee;
