package org.prawat.query.employee;

import java.math.BigDecimal;

/** Training hours of one B.E. fiscal year, as a profile shows them. */
record FiscalYearHours(int fiscalYear, BigDecimal hours) {}
