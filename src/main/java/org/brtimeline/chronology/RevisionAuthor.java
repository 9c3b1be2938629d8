package org.brtimeline.chronology;

import org.brtimeline.base.SystemTask;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps each revision with the logged-in user; the corpus import runs as {@value SystemTask#NAME} ({@link SystemTask}).
 */
public class RevisionAuthor implements RevisionListener {

    static final String SYSTEM = SystemTask.NAME;

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean someone = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        ((Revision) revisionEntity).setUsername(someone ? auth.getName() : SYSTEM);
    }
}
