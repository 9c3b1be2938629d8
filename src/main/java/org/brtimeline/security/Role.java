package org.brtimeline.security;

/** Editors change the chronology; admins also manage the editors' accounts. */
public enum Role {
    EDITOR,
    ADMIN;

    /** The Spring Security authority name, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
