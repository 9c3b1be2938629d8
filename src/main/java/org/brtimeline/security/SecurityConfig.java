package org.brtimeline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.brtimeline.security.api.ApiRefusals;
import org.brtimeline.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Readers are anonymous and read-only: the read API and the reader views are open, everything
 * else needs an editor's login. Views declare their own access ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}); Vaadin's configurer (the successor of {@code VaadinWebSecurity}) denies
 * any view that declares nothing. The services' write methods check the role too
 * ({@code @PreAuthorize}), so that a view that forgot its annotation still cannot write. An address that no view answers is open to all, so that it shows
 * the 404 page instead of the login. CSRF protection stays on for every non-Vaadin request, the login's included.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * What pages may load and run: only this server's scripts, styles, images, fonts and connections (the push
     * WebSocket included), no plugins, no framing (but for the embed pages), forms posting here only. Vaadin Flow needs inline scripts (its
     * bootstrap) and {@code eval} (JavaScript the server sends, {@code executeJs}); its components and vis-timeline
     * set inline styles.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The same for the pages made for other sites' frames ({@code /embed/**}): any site may frame them. Only their
     * documents need it: the requests they make afterwards (Vaadin's, the scripts) are not framed.
     */
    static final String EMBEDDABLE_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *");

    /** Browser features no page here uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager throttledLogins,
            UserService users,
            RequestUtil vaadinRequests,
            SecurityContextHolderStrategy contexts,
            ObjectMapper json)
            throws Exception {
        http.authenticationManager(throttledLogins);
        http.addFilterBefore(new EndSessionsOfDisabledAccounts(users, contexts), AnonymousAuthenticationFilter.class);
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        paths.matcher(HttpMethod.GET, "/api/**"),
                        paths.matcher(HttpMethod.HEAD, "/api/**"),
                        paths.matcher(HttpMethod.OPTIONS, "/api/**"))
                .permitAll()
                .requestMatchers(paths.matcher("/error"))
                .permitAll()
                .requestMatchers(SecurityConfig::isUnknownRoute)
                .permitAll()
                .requestMatchers(paths.matcher("/api/**"))
                .hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name()));
        RequestMatcher embedPages = paths.matcher(HttpMethod.GET, EmbeddedSessionCookie.EMBED_PAGES);
        RequestMatcher otherRequests = new NegatedRequestMatcher(embedPages);
        http.addFilterAfter(new EmbeddedSessionCookie(), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        otherRequests, new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        otherRequests, new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        embedPages, new ContentSecurityPolicyHeaderWriter(EMBEDDABLE_CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)));
        // The API's refusals in its own error body: a missing login here, a refused write (a missing CSRF token
        // included) below, once the chain is built.
        RequestMatcher api = paths.matcher("/api/**");
        http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(ApiRefusals.needingLogin(json), api)
                .defaultAccessDeniedHandlerFor(ApiRefusals.denied(json), api));
        // Vaadin's configurer would exempt the login form from CSRF protection (vaadin-login-form posts no token);
        // LoginView puts the token into the form's action instead, so only Vaadin's own requests, which carry its
        // own security key, are exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        DefaultSecurityFilterChain chain = http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
        answerRefusedApiWritesInTheApisWords(chain, api, json);
        return chain;
    }

    /**
     * The CSRF filter refuses with the one access denied handler that Vaadin's configurer sets, not with the
     * per-path ones above, so an API write without a token got Spring's default error body. Its handler is set
     * again here: the API's refusal under {@code /api/}, and as before elsewhere (a plain 403; the requests for which
     * Vaadin's handler does more, its own, are exempt from the CSRF check above).
     */
    private static void answerRefusedApiWritesInTheApisWords(
            DefaultSecurityFilterChain chain, RequestMatcher api, ObjectMapper json) {
        var handlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        handlers.put(api, ApiRefusals.denied(json));
        AccessDeniedHandler refusals =
                new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
        chain.getFilters().stream()
                .filter(CsrfFilter.class::isInstance)
                .map(CsrfFilter.class::cast)
                .forEach(csrf -> csrf.setAccessDeniedHandler(refusals));
    }

    /**
     * A page request for an address no view answers. Vaadin's configurer lets anonymous users
     * reach only the routes marked {@code @AnonymousAllowed}, and an unknown address is no route,
     * so it would be sent to the login; letting it through shows everyone the 404 page instead.
     * An address of an editing view is a route, so it still needs the login.
     */
    static boolean isUnknownRoute(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            return false;
        }
        String path = HandlerHelper.getRequestPathInsideContext(request).replaceFirst("^/", "");
        if (path.startsWith("api/") || path.startsWith("VAADIN/") || HandlerHelper.isPathUnsafe(path)) {
            return false;
        }
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return !routes.getNavigationRouteTarget(path).hasTarget();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }
}
