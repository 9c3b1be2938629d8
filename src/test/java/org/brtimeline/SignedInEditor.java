package org.brtimeline;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * For tests that prepare data through the editors' services outside a Spring test method's
 * {@code @WithMockUser}: the services check the caller's role themselves. The login goes into the
 * security context holder of the application being called: each application context of the test
 * run has its own (Vaadin's session-aware one), and the static holder only knows the newest.
 */
public final class SignedInEditor {

    private SignedInEditor() {}

    public static void signIn(ApplicationContext application, String username) {
        signIn(
                application,
                new UsernamePasswordAuthenticationToken(
                        username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
    }

    public static void signIn(ApplicationContext application, Authentication authentication) {
        application.getBean(SecurityContextHolderStrategy.class).setContext(new SecurityContextImpl(authentication));
    }

    public static void signOut(ApplicationContext application) {
        application.getBean(SecurityContextHolderStrategy.class).clearContext();
    }

    /**
     * Runs {@code work} logged in as an admin (to prepare accounts, say), then puts back whoever was logged in before.
     */
    public static <T> T asAdmin(ApplicationContext application, Supplier<T> work) {
        SecurityContextHolderStrategy contexts = application.getBean(SecurityContextHolderStrategy.class);
        SecurityContext before = contexts.getContext();
        contexts.setContext(new SecurityContextImpl(new UsernamePasswordAuthenticationToken(
                "test-admin", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN")))));
        try {
            return work.get();
        } finally {
            contexts.setContext(before);
        }
    }

    public static void asAdmin(ApplicationContext application, Runnable work) {
        asAdmin(application, () -> {
            work.run();
            return null;
        });
    }
}
