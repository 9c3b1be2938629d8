package org.brtimeline.base;

/**
 * Who may call the services' methods that write or show what readers may not see: the expressions of their
 * {@code @PreAuthorize}, in one place. The services check them themselves, so a view that forgot its own rule still
 * cannot write. Work that no person asked for (the corpus import at start-up, the first admin account, the
 * {@code import-articles} command) runs with the {@value #SYSTEM_AUTHORITY} authority through {@link SystemTask}.
 */
public final class Access {

    /** The authority of {@link SystemTask}; no account can hold it (accounts hold {@code ROLE_EDITOR} or {@code ROLE_ADMIN}). */
    public static final String SYSTEM_AUTHORITY = "SYSTEM";

    /** Editors, and admins, who may do all that editors do. */
    public static final String EDITORS = "hasAnyRole('EDITOR', 'ADMIN')";

    /** Editors, or the application itself (importing articles at start-up or from the command line). */
    public static final String EDITORS_OR_SYSTEM = EDITORS + " or hasAuthority('" + SYSTEM_AUTHORITY + "')";

    /** Admins only: the editors' accounts. */
    public static final String ADMINS = "hasRole('ADMIN')";

    /** Admins, or the application itself (the first admin account). */
    public static final String ADMINS_OR_SYSTEM = ADMINS + " or hasAuthority('" + SYSTEM_AUTHORITY + "')";

    /** The application itself only: the corpus import. */
    public static final String SYSTEM = "hasAuthority('" + SYSTEM_AUTHORITY + "')";

    private Access() {}
}
