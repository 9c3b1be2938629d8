package org.brtimeline.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.brtimeline.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On first start with no accounts, creates the ADMIN account {@code admin}. Its password comes from
 * {@code APP_ADMIN_PASSWORD} (property {@code app.admin.password}) or, when that is not set, is random and written to
 * a file only its owner can read ({@code app.admin.password-file}, default {@code data/admin-password}), whose path
 * the log names: a password never goes to the log, which is often shipped and kept elsewhere. There is no default
 * password. The {@code restore} command turns it off ({@code app.admin.bootstrap=false}), so that a new database stays
 * empty for the backup. Nobody is logged in yet: the account is created as the system ({@link SystemTask}).
 */
@Component
@ConditionalOnProperty(name = "app.admin.bootstrap", havingValue = "true", matchIfMissing = true)
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final SystemTask system;
    private final String configuredPassword;
    private final Path passwordFile;

    AdminBootstrap(
            UserService users,
            SystemTask system,
            @Value("${app.admin.password:}") String configuredPassword,
            @Value("${app.admin.password-file:data/admin-password}") Path passwordFile) {
        this.users = users;
        this.system = system;
        this.configuredPassword = configuredPassword;
        this.passwordFile = passwordFile;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!users.noUsers()) {
            return;
        }
        if (!configuredPassword.isBlank()) {
            system.run(() -> users.create("admin", configuredPassword, Role.ADMIN));
            log.info("Created the ADMIN account 'admin' with the password from APP_ADMIN_PASSWORD");
            return;
        }
        String password = UserService.randomPassword();
        writeOwnerOnly(password);
        system.run(() -> users.create("admin", password, Role.ADMIN));
        log.warn(
                "Created the ADMIN account 'admin'; its password is in {} (readable by this user only): log in, "
                        + "change it if you like, and delete the file",
                passwordFile.toAbsolutePath());
    }

    private void writeOwnerOnly(String password) {
        try {
            Files.createDirectories(passwordFile.toAbsolutePath().getParent());
            Files.deleteIfExists(passwordFile);
            Path file = createOwnerOnly();
            Files.writeString(file, password + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the admin password to " + passwordFile, e);
        }
    }

    /** Created with owner-only permissions from the start, so the password is never readable by others. */
    private Path createOwnerOnly() throws IOException {
        try {
            return Files.createFile(
                    passwordFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createFile(passwordFile);
        }
    }
}
