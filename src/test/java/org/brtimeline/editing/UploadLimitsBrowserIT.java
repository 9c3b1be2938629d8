package org.brtimeline.editing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.brtimeline.BrowserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The upload limits (app.import.*) as a browser and a hostile client meet them: a file the form allows is
 * accepted whatever its size within the limit, a larger one is refused with a message naming the limit, and a raw
 * POST far beyond it is refused while it streams.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:browser-upload-limits;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class UploadLimitsBrowserIT {

    private static final long RAW_POST_BYTES = 150_000_000L;
    private static BrowserSession session;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    private Page page;

    @BeforeAll
    static void startBrowser() {
        session = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void openTheArticleForm() {
        EditorBrowser editors = new EditorBrowser(session, application, port);
        page = editors.loggedIn("upload-editor");
        page.navigate(editors.url("/editor/articles/new"));
        assertThat(page.locator("h2")).containsText("Add an article");
    }

    @Test
    void a_text_file_of_more_than_1_MB_within_the_limit_fills_the_text() throws IOException {
        // 700,000 Cyrillic letters: 1.4 MB of UTF-8, over Spring's default multipart limit, under the 4 MB one.
        String text = "д".repeat(99) + "\n";
        Path file = fileOf("long.txt", text.repeat(7000));

        page.locator("vaadin-upload").first().locator("input[type=file]").setInputFiles(file);

        page.waitForFunction(
                "n => document.querySelector('vaadin-text-area').value.length === n", text.length() * 7000);
    }

    @Test
    void a_text_file_over_the_limit_is_refused_with_a_message_naming_it() throws IOException {
        Path file = fileOf("huge.txt", "a".repeat(4_100_000));

        page.locator("vaadin-upload").first().locator("input[type=file]").setInputFiles(file);

        assertThat(page.locator("vaadin-text-area [slot=error-message]")).containsText("larger than 4 MB");
    }

    @Test
    void a_raw_post_of_150_MB_to_the_zip_upload_is_refused_while_it_streams() throws Exception {
        AtomicLong sent = new AtomicLong();
        HttpRequest post = rawPost(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> zeros(sent)), RAW_POST_BYTES));

        Integer status = statusOf(post);

        assertThat(status)
                .as("refused, or the connection closed after the refusal")
                .isIn(413, null);
        assertThat(sent.get()).as("bytes the server took").isLessThan(20_000_000L);
    }

    @Test
    void a_raw_post_that_does_not_say_its_length_is_refused_at_the_limit() throws Exception {
        AtomicLong sent = new AtomicLong();
        HttpRequest post = rawPost(HttpRequest.BodyPublishers.ofInputStream(() -> zeros(sent)));

        Integer status = statusOf(post);

        assertThat(status).isIn(413, null);
        // The limit, the 2 MB Tomcat swallows after the refusal and what the client had in flight.
        assertThat(sent.get()).as("bytes the server took").isLessThan(100_000_000L);
    }

    /** A POST of the given body to the zip upload's address, in the editor's session, as a script sends it. */
    private HttpRequest rawPost(HttpRequest.BodyPublisher body) {
        String target = page.locator("vaadin-upload").nth(1).getAttribute("target");
        String cookies = page.context().cookies().stream()
                .map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        return HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/").resolve(target))
                .header("Cookie", cookies)
                .header("Content-Type", "application/octet-stream")
                .POST(body)
                .build();
    }

    /** The answer's status, or null when the server closed the connection before the client had sent it all. */
    private static Integer statusOf(HttpRequest post) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            return client.send(post, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException closed) {
            return null;
        }
    }

    /** RAW_POST_BYTES zero bytes, counted as they are read. */
    private static InputStream zeros(AtomicLong sent) {
        return new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = RAW_POST_BYTES - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
                sent.addAndGet(n);
                return n;
            }
        };
    }

    private static Path fileOf(String name, String text) throws IOException {
        Path folder = Files.createTempDirectory("upload-limits");
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
