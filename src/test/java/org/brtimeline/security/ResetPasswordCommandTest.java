package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brtimeline.WritingTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * {@code reset-password USER}: an account restored without its password hash (which no password matches) can log in
 * again with the random password the command prints once, or with the one from {@code APP_NEW_PASSWORD}.
 */
@WritingTest
class ResetPasswordCommandTest {

    @Autowired
    UserService users;

    @Autowired
    org.brtimeline.base.SystemTask system;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    AuthenticationManager logins;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @BeforeEach
    void restoredWithoutPassword() {
        if (sql.queryForObject("select count(*) from app_user where username = 'restored-editor'", Integer.class)
                == 0) {
            system.run(() -> users.create("restored-editor", "a-password-of-before", Role.EDITOR));
        }
        // What a restore without password hashes leaves (DatabaseBackup.NO_PASSWORD).
        sql.update(
                "update app_user set password_hash = '!restored-without-password' where username = 'restored-editor'");
    }

    private int run(String user, String fromEnvironment) {
        return ResetPasswordCommand.run(
                users, system, user, fromEnvironment, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private boolean logsIn(String user, String password) {
        try {
            return logins.authenticate(new UsernamePasswordAuthenticationToken(user, password))
                    .isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    @Test
    void without_app_new_password_a_random_password_is_printed_once_and_logs_in() {
        assertThat(logsIn("restored-editor", "a-password-of-before")).isFalse();

        assertThat(run("restored-editor", null)).isZero();

        Matcher printed = Pattern.compile("New password of restored-editor: (\\S{24})")
                .matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).isTrue();
        assertThat(logsIn("restored-editor", printed.group(1))).isTrue();
    }

    @Test
    void with_app_new_password_that_password_is_set_and_never_printed() {
        assertThat(run("Restored-Editor", "chosen-by-the-operator")).isZero();

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("set from APP_NEW_PASSWORD")
                .doesNotContain("chosen-by-the-operator");
        assertThat(logsIn("restored-editor", "chosen-by-the-operator")).isTrue();
    }

    @Test
    void an_unknown_account_or_a_short_password_changes_nothing_and_exits_1() {
        assertThat(run("nobody-here", null)).isEqualTo(1);
        assertThat(run("restored-editor", "short")).isEqualTo(1);

        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Password not changed: there is no account 'nobody-here'")
                .contains("Password not changed: APP_NEW_PASSWORD is too short: at least 12 characters");
        assertThat(sql.queryForObject(
                        "select password_hash from app_user where username = 'restored-editor'", String.class))
                .isEqualTo("!restored-without-password");
    }
}
