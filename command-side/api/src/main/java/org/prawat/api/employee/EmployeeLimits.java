package org.prawat.api.employee;

/** Length limits shared by the command shape and the forms. */
public final class EmployeeLimits {

    public static final int TITLE_MAX = 50;
    public static final int NAME_MAX = 100;
    public static final int POSITION_MAX = 200;
    public static final int LEVEL_MAX = 50;

    private EmployeeLimits() {}
}
