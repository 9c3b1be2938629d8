package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.brtimeline.base.SystemTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;

/** The first account's password: chosen by the operator, or generated into a file that only its owner reads. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final SystemTask SYSTEM = new SystemTask(SecurityContextHolder.getContextHolderStrategy());

    @TempDir
    Path data;

    @Test
    void a_generated_password_goes_to_an_owner_only_file_and_never_to_the_log(CapturedOutput log) throws IOException {
        UserService users = mock(UserService.class);
        when(users.noUsers()).thenReturn(true);
        Path file = data.resolve("admin-password");

        new AdminBootstrap(users, SYSTEM, "", file).afterSingletonsInstantiated();

        ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
        verify(users).create(eq("admin"), password.capture(), eq(Role.ADMIN));
        assertThat(Files.readString(file).strip()).isEqualTo(password.getValue());
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(log.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(password.getValue());
    }

    @Test
    void a_chosen_password_is_neither_logged_nor_written(CapturedOutput log) {
        UserService users = mock(UserService.class);
        when(users.noUsers()).thenReturn(true);
        Path file = data.resolve("admin-password");

        new AdminBootstrap(users, SYSTEM, "chosen-admin-password", file).afterSingletonsInstantiated();

        verify(users).create("admin", "chosen-admin-password", Role.ADMIN);
        assertThat(file).doesNotExist();
        assertThat(log.getAll()).doesNotContain("chosen-admin-password");
    }
}
