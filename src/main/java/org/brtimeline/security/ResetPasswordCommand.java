package org.brtimeline.security;

import java.io.PrintStream;
import org.brtimeline.base.InvalidValueException;

/**
 * {@code reset-password <user>}: gives an account a new password, for instance one restored from a backup without
 * password hashes (which no password matches). The password is {@value #ENVIRONMENT} when that is set (at least 12
 * characters), otherwise a random one that is printed once.
 */
public final class ResetPasswordCommand {

    /** The environment variable a new password may come from, so that it is never on a command line. */
    public static final String ENVIRONMENT = "APP_NEW_PASSWORD";

    public static final String USAGE = "usage: reset-password <user name> [--spring.option=value ...]"
            + " (the password is " + ENVIRONMENT + " when set, otherwise random and printed once)";

    private ResetPasswordCommand() {}

    /** Sets the password; 0 when done, 1 for an unknown account or a password too short. */
    public static int run(
            UserService users,
            org.brtimeline.base.SystemTask system,
            String username,
            String fromEnvironment,
            PrintStream out) {
        boolean given = fromEnvironment != null && !fromEnvironment.isEmpty();
        String password = given ? fromEnvironment : UserService.randomPassword();
        try {
            system.run(() -> users.resetPassword(username, password));
        } catch (InvalidValueException e) {
            out.println("Password not changed: "
                    + (given && e.field().equals("password")
                            ? ENVIRONMENT + " is too short: " + e.problem()
                            : e.problem()));
            return 1;
        }
        if (given) {
            out.println("Password of " + username + " set from " + ENVIRONMENT + ".");
        } else {
            out.println("New password of " + username + ": " + password);
            out.println("It is shown only this once: give it to them now.");
        }
        return 0;
    }
}
