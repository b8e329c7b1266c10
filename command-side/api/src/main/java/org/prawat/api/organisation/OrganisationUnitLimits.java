package org.prawat.api.organisation;

/** Length limits shared by the command shape and the forms. */
public final class OrganisationUnitLimits {

    public static final int NAME_MAX = 200;

    private OrganisationUnitLimits() {}
}
