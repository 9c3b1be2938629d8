package org.brtimeline.base.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.modulith.NamedInterface;

/** What the pages ask about the person looking at them, and how they show a moment to editors, in one place. */
@NamedInterface("viewers")
public final class Viewers {

    /** A moment of the application's records (a revision, a change, a wait), as pages show it: "3 Dec 2022 14:05 UTC". */
    public static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern(
                    "d MMM uuuu HH:mm 'UTC'", java.util.Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Viewers() {}

    /** Whether an editor (or an admin, who edits too) is logged in: pages then offer the editors' links. */
    public static boolean isEditor(AuthenticationContext authentication) {
        return authentication.hasAnyRole("EDITOR", "ADMIN");
    }
}
