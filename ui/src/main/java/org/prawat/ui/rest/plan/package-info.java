/** HTTP endpoints of an employee's three-year development plans (แผนพัฒนาพนักงาน 3 ปี). */
package org.prawat.ui.rest.plan;
