package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.brtimeline.SignedInEditor;
import org.brtimeline.WritingTest;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.security.api.ApiRefusals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Readers are anonymous and read-only; every write needs an editor's login and a CSRF token. */
@WritingTest
class WriteAccessTest {

    private static final List<String> API = List.of(
            "/api/events",
            "/api/events/1",
            "/api/articles",
            "/api/articles/rferl-russian-pm-in-minsk-2020-09-03",
            "/api/events/1/evidence");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ApplicationContext application;

    private List<MockHttpServletRequestBuilder> writesTo(String path) {
        return List.of(post(path), put(path), patch(path), delete(path));
    }

    @Test
    void anonymous_writes_to_the_api_are_refused_even_with_a_csrf_token_saying_a_login_is_needed() throws Exception {
        for (String path : API) {
            for (MockHttpServletRequestBuilder write : writesTo(path)) {
                mvc.perform(write.with(csrf()))
                        .andExpect(status().isUnauthorized())
                        .andExpect(jsonPath("$.status").value(401))
                        .andExpect(jsonPath("$.message").value(ApiRefusals.NEEDS_LOGIN));
            }
        }
    }

    @Test
    void anonymous_writes_without_a_csrf_token_are_forbidden_saying_the_token_is_missing() throws Exception {
        for (String path : API) {
            for (MockHttpServletRequestBuilder write : writesTo(path)) {
                mvc.perform(write)
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.status").value(403))
                        .andExpect(jsonPath("$.error").value("Forbidden"))
                        .andExpect(jsonPath("$.message").value(ApiRefusals.NEEDS_CSRF_TOKEN));
            }
        }
    }

    @Test
    void csrf_protection_is_on_for_logged_in_editors_too() throws Exception {
        mvc.perform(post("/api/events").with(user("editor").roles("EDITOR")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(ApiRefusals.NEEDS_CSRF_TOKEN));
    }

    @Test
    void reading_needs_no_login() throws Exception {
        mvc.perform(get("/api/events")).andExpect(status().isOk());
        mvc.perform(get("/api/articles")).andExpect(status().isOk());
    }

    @Test
    void a_failed_login_never_says_whether_the_name_or_the_password_was_wrong() throws Exception {
        createAccount("login-test", "a-long-enough-password", Role.EDITOR);

        mvc.perform(login("login-test", "wrong-password", "10.9.0.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(login("nobody-at-all", "a-long-enough-password", "10.9.0.2"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(login("login-test", "a-long-enough-password", "10.9.0.3"))
                .andExpect(authenticated().withRoles("EDITOR"));
    }

    @Test
    void after_repeated_failures_the_right_password_waits_at_that_address_but_the_owner_elsewhere_gets_in()
            throws Exception {
        createAccount("throttled", "the-right-password-1", Role.EDITOR);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(login("throttled", "wrong", "10.9.1.1"));
        }

        mvc.perform(login("throttled", "the-right-password-1", "10.9.1.1"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(login("throttled", "the-right-password-1", "10.9.2.1"))
                .andExpect(authenticated().withRoles("EDITOR"));
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        createAccount("hash-test", "plain-text-password", Role.EDITOR);

        String stored =
                jdbc.queryForObject("select password_hash from app_user where username = 'hash-test'", String.class);
        assertThat(stored).startsWith("$2").doesNotContain("plain-text-password");
    }

    @Test
    void a_disabled_account_cannot_log_in() throws Exception {
        UserAccount account = createAccount("disabled-test", "a-long-enough-password", Role.EDITOR);
        setEnabled(account.id(), false);

        mvc.perform(login("disabled-test", "a-long-enough-password", "10.9.3.1"))
                .andExpect(unauthenticated());
    }

    @Test
    void a_login_without_its_csrf_token_is_refused_even_with_the_right_password() throws Exception {
        createAccount("csrf-login", "a-long-enough-password", Role.EDITOR);

        mvc.perform(post("/login")
                        .param("username", "csrf-login")
                        .param("password", "a-long-enough-password")
                        .with(from("10.9.5.1")))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void disabling_an_editor_ends_their_open_session_at_its_next_request() throws Exception {
        UserAccount account = createAccount("disabled-later", "a-long-enough-password", Role.EDITOR);
        MockHttpSession session =
                (MockHttpSession) mvc.perform(login("disabled-later", "a-long-enough-password", "10.9.4.1"))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        mvc.perform(get("/api/events").session(session))
                .andExpect(authenticated().withUsername("disabled-later"));

        setEnabled(account.id(), false);

        mvc.perform(get("/api/events").session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void the_last_active_admin_cannot_be_disabled() {
        List<UserAccount> admins = allAccounts().stream()
                .filter(u -> u.role() == Role.ADMIN && u.enabled())
                .toList();
        UserAccount second = createAccount("second-admin", "a-long-enough-password", Role.ADMIN);
        for (UserAccount admin : admins) {
            setEnabled(admin.id(), false);
        }

        assertThatThrownBy(() -> setEnabled(second.id(), false))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("last active admin");
        for (UserAccount admin : admins) {
            setEnabled(admin.id(), true);
        }
        setEnabled(second.id(), false);
    }

    @Test
    void the_editors_service_itself_refuses_callers_who_are_not_editors() {
        EventDraft draft = new EventDraft();
        draft.setTitle("Written without a login");
        draft.setCategory(Category.POLITICS);
        draft.setStart(LocalDate.of(2021, 1, 1));
        long before = jdbc.queryForObject("select count(*) from event", Long.class);

        assertThatThrownBy(() -> editor.create(draft)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> editor.delete(1, 0)).isInstanceOf(AuthenticationException.class);
        SignedInEditor.signIn(
                application,
                new AnonymousAuthenticationToken(
                        "reader", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> editor.create(draft)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.merge(1, 0, 2, 0)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.addActor("Nobody", ActorKind.PERSON, List.of()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SignedInEditor.signOut(application);
        }
        assertThat(jdbc.queryForObject("select count(*) from event", Long.class))
                .isEqualTo(before);
    }

    /** Accounts are an admin's to manage: the test prepares them as one. */
    private UserAccount createAccount(String username, String password, Role role) {
        return SignedInEditor.asAdmin(application, () -> users.create(username, password, role));
    }

    private void setEnabled(long id, boolean enabled) {
        SignedInEditor.asAdmin(application, () -> users.setEnabled(id, enabled));
    }

    private List<UserAccount> allAccounts() {
        return SignedInEditor.asAdmin(application, () -> users.all());
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
