package org.prawat.ui.session;

import org.prawat.api.security.Role;

/**
 * The names of {@link Role}s as constants, for {@code @RolesAllowed} on views (an annotation takes no
 * enum name); {@code RolesTest} keeps them equal to the enum.
 */
public final class Roles {

    public static final String HR_OFFICER = "HR_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String AUDITOR = "AUDITOR";
    public static final String EMPLOYEE = "EMPLOYEE";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private Roles() {}

    /** Where each role starts its work. */
    public static String home(Role role) {
        return switch (role) {
            case HR_OFFICER -> "search";
            case MANAGER -> "team";
            case AUDITOR -> "audit";
            case EMPLOYEE -> "my-case-file";
            case ADMINISTRATOR -> "accounts";
            case SYSTEM -> throw new IllegalArgumentException("The application itself signs in nowhere");
        };
    }
}
