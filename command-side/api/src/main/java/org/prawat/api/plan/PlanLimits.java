package org.prawat.api.plan;

import java.math.BigDecimal;

/** Limits shared by the command shape, the case file's rules and the forms. */
public final class PlanLimits {

    /** A plan covers its first fiscal year and the two after it, as the manpower plan does. */
    public static final int YEARS = 3;

    /** More planned hours than this for one activity is a typing error (a full-time year is ~1,900). */
    public static final BigDecimal HOURS_MAX = new BigDecimal("500");

    public static final int ACTIVITIES_MAX = 100;
    public static final int TITLE_MAX = 300;
    public static final int NAME_MAX = 200;
    public static final int REASON_MAX = 1000;

    private PlanLimits() {}
}
