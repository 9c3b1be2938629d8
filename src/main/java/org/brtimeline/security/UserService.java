package org.brtimeline.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.brtimeline.base.Access;
import org.brtimeline.base.InvalidValueException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of editors and admins: creation with generated passwords, disabling, resets, and login lookup. Only admins
 * manage accounts ({@link Access}); the lookups that the login and the session filter make are open.
 */
@Service
public class UserService implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserService(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** A new random password: 18 random bytes, URL-safe Base64 (24 characters). */
    public static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(
                        username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.enabled())
                .authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
                .build();
    }

    @Transactional(readOnly = true)
    public boolean noUsers() {
        return users.count() == 0;
    }

    /**
     * Creates an account with the given password; rejects a taken name or a short password. Admins create accounts,
     * and the system the first admin's.
     */
    @Transactional
    @PreAuthorize(Access.ADMINS_OR_SYSTEM)
    public UserAccount create(String username, String password, Role role) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidValueException("username", "'" + name + "' is taken");
        }
        return users.save(new UserAccount(name, hash(password), role, clock.instant()));
    }

    @Transactional
    @PreAuthorize(Access.ADMINS)
    public void resetPassword(long id, String newPassword) {
        account(id).changePasswordHash(hash(newPassword));
    }

    /** Sets the password of the account of this name (the {@code reset-password} command); rejects an unknown name. */
    @PreAuthorize(Access.ADMINS_OR_SYSTEM)
    @Transactional
    public void resetPassword(String username, String newPassword) {
        String name = username == null ? "" : username.strip().toLowerCase();
        users.findByUsername(name)
                .orElseThrow(() -> new InvalidValueException("username", "there is no account '" + name + "'"))
                .changePasswordHash(hash(newPassword));
    }

    /**
     * Enables or disables an account. The last active admin cannot be disabled (nobody could manage the accounts
     * then). A disabled account's open sessions end at their next request ({@link EndSessionsOfDisabledAccounts}).
     */
    @Transactional
    @PreAuthorize(Access.ADMINS)
    public void setEnabled(long id, boolean enabled) {
        UserAccount account = account(id);
        if (enabled) {
            account.enable();
        } else {
            if (account.role() == Role.ADMIN && account.enabled() && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
                throw new InvalidValueException(
                        "enabled", "the last active admin cannot be disabled: enable or create another admin first");
            }
            account.disable();
        }
    }

    /** Whether this user name belongs to an enabled account (a logged-in session of any other ends). */
    @Transactional(readOnly = true)
    public boolean isActive(String username) {
        return users.findByUsername(username).map(UserAccount::enabled).orElse(false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMINS)
    public List<UserAccount> all() {
        return users.findAllByOrderByUsernameAsc();
    }

    private UserAccount account(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalArgumentException("No account with id " + id));
    }

    private String hash(String password) {
        if (password == null || password.length() < UserAccount.MIN_PASSWORD) {
            throw new InvalidValueException("password", "at least " + UserAccount.MIN_PASSWORD + " characters");
        }
        return encoder.encode(password);
    }
}
