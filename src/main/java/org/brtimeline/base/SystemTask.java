package org.brtimeline.base;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The one way to call the protected services without a person logged in: for the work that no person asked for, run
 * by the start-up runners and the commands only (the corpus import, the first admin account, {@code import-articles}),
 * never by a view ({@code ArchitectureTest}). For the duration of the call the thread acts as {@value #NAME} with the
 * {@link Access#SYSTEM_AUTHORITY} authority; whatever was there before is put back afterwards. History records such
 * changes as made by {@value #NAME}.
 */
@Component
public class SystemTask {

    /** The name the system's changes carry in the history. */
    public static final String NAME = "system";

    private final SecurityContextHolderStrategy contexts;

    public SystemTask(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    /** Runs {@code work} as the system and gives its result. */
    public <T> T call(Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext system = contexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                NAME, null, List.of(new SimpleGrantedAuthority(Access.SYSTEM_AUTHORITY))));
        contexts.setContext(system);
        try {
            return work.get();
        } finally {
            if (previous.getAuthentication() == null) {
                contexts.clearContext();
            } else {
                contexts.setContext(previous);
            }
        }
    }

    /** Work that reads or writes a file. */
    public interface FileWork<T> {
        T run() throws java.io.IOException;
    }

    /** Runs {@code work}, which reads or writes a file, as the system and gives its result. */
    public <T> T callWithFiles(FileWork<T> work) throws java.io.IOException {
        try {
            return call(() -> {
                try {
                    return work.run();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Runs {@code work} as the system. */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
