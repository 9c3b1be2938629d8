package org.brtimeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.brtimeline.SignedInEditor;
import org.brtimeline.WritingTest;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.SystemTask;
import org.brtimeline.chronology.ActorKind;
import org.brtimeline.chronology.Category;
import org.brtimeline.chronology.ChronologyEditor;
import org.brtimeline.chronology.EventDate;
import org.brtimeline.chronology.EventDraft;
import org.brtimeline.chronology.ImportedEvent;
import org.brtimeline.corpus.ArticleBatchImport;
import org.brtimeline.corpus.CorpusImporter;
import org.brtimeline.review.CandidateDecisions;
import org.brtimeline.review.CandidateProposals;
import org.brtimeline.review.PendingArticle;
import org.brtimeline.review.ReviewInbox;
import org.brtimeline.review.ReviewService;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The services check their callers themselves, not only the views: nobody logged in and an anonymous reader are
 * refused every write; an editor may do what editors do but not manage accounts; an admin manages accounts; only the
 * system (the start-up import, the first account, the {@code import-articles} command) imports the corpus.
 */
@WritingTest
class ServiceAccessTest {

    private static final ArticleBatchImport.Progress NO_PROGRESS = (finished, total, last) -> {};

    @Autowired
    ApplicationContext application;

    @Autowired
    ChronologyEditor editor;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleBatchImport batch;

    @Autowired
    ReviewService review;

    @Autowired
    CandidateProposals proposals;

    @Autowired
    CandidateDecisions decisions;

    @Autowired
    ReviewInbox inbox;

    @Autowired
    CorpusImporter corpus;

    @Autowired
    UserService users;

    @Autowired
    SystemTask system;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedInEditor.signOut(application);
    }

    private void signInAs(String name, String... authorities) {
        SignedInEditor.signIn(
                application,
                new UsernamePasswordAuthenticationToken(name, "n/a", AuthorityUtils.createAuthorityList(authorities)));
    }

    private void signInAsReader() {
        SignedInEditor.signIn(
                application,
                new AnonymousAuthenticationToken(
                        "reader", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private static ArticleDetails article(String slug) {
        return new ArticleDetails(
                slug,
                "Access test " + slug,
                "Test Wire",
                null,
                "en",
                LocalDate.of(2021, 5, 24),
                DatePrecision.DAY,
                null);
    }

    private static String text(String slug) {
        return "MINSK -- The access test article " + slug + " was filed on May 23, 2021.";
    }

    private static EventDraft draft() {
        EventDraft draft = new EventDraft();
        draft.setTitle("Written by whoever may");
        draft.setCategory(Category.POLITICS);
        draft.setStart(LocalDate.of(2021, 1, 1));
        return draft;
    }

    /** What editors (and admins) do: the events, the articles, the review of candidates. */
    private Map<String, ThrowingCallable> editorsWrites() {
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("create an event", () -> editor.create(draft()));
        writes.put("change an event", () -> editor.update(1, 0, draft()));
        writes.put("cite a passage", () -> editor.addEvidence(1, 0, "rferl-russian-pm-in-minsk-2020-09-03", 0, 10));
        writes.put("remove evidence", () -> editor.removeEvidence(1, 0, 1));
        writes.put("delete an event", () -> editor.delete(1, 0));
        writes.put("undelete an event", () -> editor.undelete(1, 0));
        writes.put("merge events", () -> editor.merge(1, 0, 2, 0));
        writes.put("restore a revision", () -> editor.restore(1, 0, 1));
        writes.put("add an actor", () -> editor.addActor("Nobody at all", ActorKind.PERSON, List.of()));
        writes.put("add an article", () -> articles.add(article("refused-article"), text("refused")));
        writes.put(
                "import files",
                () -> batch.importAll(
                        List.of(new ArticleBatchImport.NamedFile(
                                "refused.txt", "no front matter".getBytes(StandardCharsets.UTF_8))),
                        NO_PROGRESS));
        writes.put("propose candidates", () -> proposals.propose("rferl-russian-pm-in-minsk-2020-09-03"));
        writes.put("reject a candidate", () -> decisions.reject(1));
        writes.put("accept a candidate", () -> decisions.accept(1, draft()));
        writes.put("cite a candidate for an event", () -> decisions.addAsEvidence(1, 1));
        writes.put("read the review inbox", () -> inbox.articles(0, 1_000));
        writes.put("count the review inbox", () -> inbox.totals());
        writes.put("read an article's candidates", () -> review.candidates("any", PageRequest.of(0, 10)));
        return writes;
    }

    /** What only admins do: the accounts. */
    private Map<String, ThrowingCallable> adminsWrites() {
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("create an account", () -> users.create("refused-account", "a-long-enough-password", Role.EDITOR));
        writes.put("disable an account", () -> users.setEnabled(1, false));
        writes.put("reset a password", () -> users.resetPassword(1, "a-long-enough-password"));
        writes.put("list the accounts", () -> users.all());
        return writes;
    }

    /** What only the system does: the corpus import, which publishes without the form's checks. */
    private Map<String, ThrowingCallable> systemsWrites() {
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("import the corpus", () -> corpus.importFrom("classpath:corpus/"));
        writes.put(
                "import a curated event",
                () -> editor.importCurated(new ImportedEvent(
                        "refused",
                        "Imported by whoever may",
                        null,
                        Category.POLITICS,
                        EventDate.of(LocalDate.of(2021, 1, 1), DatePrecision.DAY),
                        null,
                        null,
                        List.of())));
        return writes;
    }

    private Map<String, ThrowingCallable> allWrites() {
        Map<String, ThrowingCallable> all = new LinkedHashMap<>(editorsWrites());
        all.putAll(adminsWrites());
        all.putAll(systemsWrites());
        return all;
    }

    private static void assertAllRefused(Map<String, ThrowingCallable> writes, Class<? extends Exception> refusal) {
        writes.forEach((what, write) -> assertThatThrownBy(write).as(what).isInstanceOf(refusal));
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private List<Long> counts() {
        return List.of(
                rows("article"),
                rows("event"),
                rows("evidence"),
                rows("actor"),
                rows("date_candidate"),
                rows("app_user"),
                rows("revision"));
    }

    @Test
    void nobody_logged_in_is_refused_every_write_and_nothing_changes() {
        SignedInEditor.signOut(application);
        List<Long> before = counts();

        assertAllRefused(allWrites(), AuthenticationCredentialsNotFoundException.class);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_anonymous_reader_is_refused_every_write_and_nothing_changes() {
        List<Long> before = counts();
        signInAsReader();

        assertAllRefused(allWrites(), AccessDeniedException.class);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_account_with_no_editor_role_is_refused_every_write() {
        signInAs("someone", "ROLE_USER");

        assertAllRefused(allWrites(), AccessDeniedException.class);
    }

    @Test
    void an_editor_cannot_manage_accounts_nor_import_the_corpus() {
        List<Long> before = counts();
        signInAs("plain-editor", "ROLE_EDITOR");

        assertAllRefused(adminsWrites(), AccessDeniedException.class);
        assertAllRefused(systemsWrites(), AccessDeniedException.class);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void an_admin_cannot_import_the_corpus_either() {
        signInAs("plain-admin", "ROLE_ADMIN");

        assertAllRefused(systemsWrites(), AccessDeniedException.class);
    }

    @Test
    void an_editor_adds_an_article_imports_files_and_reviews_the_candidates() {
        signInAs("access-editor", "ROLE_EDITOR");

        articles.add(article("editor-access-article"), text("editor"));
        var imported = batch.importAll(
                List.of(new ArticleBatchImport.NamedFile("access.txt", """
                        ---
                        slug: "editor-access-import"
                        title: "Imported by an editor"
                        publisher: "Test Wire"
                        url: null
                        language: "en"
                        published: "2021-05-24"
                        publishedPrecision: "DAY"
                        publishedNote: null
                        ---
                        MINSK -- The editor's import test article was filed on May 22, 2021.""".getBytes(StandardCharsets.UTF_8))),
                NO_PROGRESS);
        var candidates = review.candidates("editor-access-article", PageRequest.of(0, 10));
        decisions.reject(candidates.get(0).id());

        assertThat(imported)
                .singleElement()
                .satisfies(o -> assertThat(o.result()).isEqualTo(ArticleBatchImport.Result.IMPORTED));
        assertThat(inbox.articles(0, 1_000)).extracting(PendingArticle::slug).contains("editor-access-import");
        assertThat(review.reviewed("editor-access-article")).isEqualTo(1);
        assertThat(editor.addActor("Access Test Person", ActorKind.PERSON, List.of())
                        .name())
                .isEqualTo("Access Test Person");
    }

    @Test
    void an_admin_manages_accounts_and_may_do_what_editors_do() {
        signInAs("access-admin", "ROLE_ADMIN");

        UserAccount account = users.create("managed-editor", "a-long-enough-password", Role.EDITOR);
        users.resetPassword(account.id(), "another-long-password");
        users.setEnabled(account.id(), false);
        articles.add(article("admin-access-article"), text("admin"));

        assertThat(users.all()).extracting(UserAccount::username).contains("managed-editor");
        assertThat(users.isActive("managed-editor")).isFalse();
        assertThat(articles.find("admin-access-article")).isPresent();
    }

    @Test
    void the_system_stores_articles_with_their_candidates_and_the_first_account_but_manages_no_accounts() {
        system.run(() -> articles.add(article("system-access-article"), text("system")));
        UserAccount first = system.call(() -> users.create("system-made-admin", "a-long-enough-password", Role.ADMIN));

        assertThatThrownBy(() -> system.run(() -> users.setEnabled(first.id(), false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> system.run(() -> users.all())).isInstanceOf(AccessDeniedException.class);
        signInAs("access-editor", "ROLE_EDITOR");
        assertThat(inbox.articles(0, 1_000)).extracting(PendingArticle::slug).contains("system-access-article");
    }

    @Test
    void acting_as_the_system_lasts_for_the_call_only() {
        SecurityContextHolderStrategy contexts = application.getBean(SecurityContextHolderStrategy.class);

        String during =
                system.call(() -> contexts.getContext().getAuthentication().getName());

        assertThat(during).isEqualTo(SystemTask.NAME);
        assertThat(contexts.getContext().getAuthentication()).isNull();
        signInAs("busy-editor", "ROLE_EDITOR");
        system.run(() -> {});
        Authentication after = contexts.getContext().getAuthentication();
        assertThat(after.getName()).isEqualTo("busy-editor");
        assertThatThrownBy(() -> system.run(() -> {
                    throw new IllegalStateException("failed as the system");
                }))
                .hasMessage("failed as the system");
        assertThat(contexts.getContext().getAuthentication().getName()).isEqualTo("busy-editor");
    }
}
