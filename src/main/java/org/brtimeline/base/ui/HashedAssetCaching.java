package org.brtimeline.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The production bundle's files ({@code /VAADIN/build/}) carry a hash of their content in their
 * names, so a browser may keep them for a year: a new build has new names. Vaadin caches every
 * static file for an hour; this raises it for those files only.
 */
@Component
class HashedAssetCaching extends OncePerRequestFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/build/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? FOR_A_YEAR : value);
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, "Cache-Control".equalsIgnoreCase(name) ? FOR_A_YEAR : value);
            }
        });
    }
}
