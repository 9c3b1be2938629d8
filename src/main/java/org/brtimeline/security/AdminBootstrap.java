package org.brtimeline.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On first start with no accounts, creates the ADMIN account {@code admin}. Its password comes
 * from {@code APP_ADMIN_PASSWORD} (property {@code app.admin.password}) or, when that is not set,
 * is random and printed once to the log. There is no default password. The {@code restore} command turns it off
 * ({@code app.admin.bootstrap=false}), so that a new database stays empty for the backup.
 */
@Component
@ConditionalOnProperty(name = "app.admin.bootstrap", havingValue = "true", matchIfMissing = true)
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService users;
    private final String configuredPassword;

    AdminBootstrap(UserService users, @Value("${app.admin.password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!users.noUsers()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? UserService.randomPassword() : configuredPassword;
        users.create("admin", password, Role.ADMIN);
        if (generated) {
            log.warn(
                    "Created the ADMIN account 'admin' with the password {} — it is shown only this once; "
                            + "set APP_ADMIN_PASSWORD before the first start to choose it yourself",
                    password);
        } else {
            log.info("Created the ADMIN account 'admin' with the password from APP_ADMIN_PASSWORD");
        }
    }
}
