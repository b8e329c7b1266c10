/** Employees in Elasticsearch: found by any Thai word of their name, unit or position. */
package org.prawat.query.employee;
