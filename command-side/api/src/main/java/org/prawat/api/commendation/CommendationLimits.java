package org.prawat.api.commendation;

import java.math.BigDecimal;
import java.util.List;

/** Limits shared by the command shape, the case file's rules and the forms. */
public final class CommendationLimits {

    public static final int TITLE_MAX = 300;
    public static final int NAME_MAX = 200;
    public static final int NUMBER_MAX = 100;
    public static final int SUBJECT_MAX = 1000;

    /** The salary steps a local official may be granted (เลื่อนขั้นเงินเดือน 0.5 / 1 / 1.5 ขั้น). */
    public static final List<BigDecimal> SALARY_STEPS =
            List.of(new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("1.5"));

    /** A civil servant's increase is more than 0 and at most this percentage of the salary. */
    public static final BigDecimal SALARY_PERCENTAGE_MAX = BigDecimal.TEN;

    /** Bounds of a plausible Buddhist-Era year, e.g. of an award; a Common-Era year falls below them. */
    public static final int EARLIEST_YEAR = 2500;

    public static final int LATEST_YEAR = 2700;

    private CommendationLimits() {}
}
