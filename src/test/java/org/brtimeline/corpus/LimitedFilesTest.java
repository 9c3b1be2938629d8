package org.brtimeline.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** A zip is read within the import limits, counting bytes as they are inflated. */
class LimitedFilesTest {

    private static final ImportLimits LIMITS = new ImportLimits(3, 3_000_000, 1_000_000);

    @Test
    void the_article_files_of_a_zip_are_read_and_other_entries_left_out() throws IOException {
        byte[] zip = zip(entry("a.txt", "one"), entry("notes/b.md", "two"), entry("picture.png", "not text"));

        assertThat(new LimitedFiles(LIMITS).fromZip(new ByteArrayInputStream(zip)))
                .extracting(ArticleBatchImport.NamedFile::name)
                .containsExactly("a.txt", "notes/b.md");
    }

    @Test
    void a_zip_bomb_is_refused_at_the_first_megabyte_past_the_limit_whatever_its_entry_declares() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(1_000_000);
        CountingStream zip = new CountingStream(bytes.toByteArray());

        assertThatThrownBy(() -> new LimitedFiles(LIMITS).fromZip(zip))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("bomb.txt is larger than 1 MB unpacked");
        assertThat(zip.read).isLessThan(bytes.size() / 10);
    }

    @Test
    void too_many_entries_and_too_many_bytes_in_all_are_refused() throws IOException {
        byte[] many = zip(entry("1.txt", "a"), entry("2.txt", "b"), entry("3/", ""), entry("4.txt", "d"));
        String big = "x".repeat(900_000);
        byte[] large = zip(entry("1.txt", big), entry("2.txt", big), entry("3.txt", big), entry("4.txt", big));

        assertThatThrownBy(() -> new LimitedFiles(LIMITS).fromZip(new ByteArrayInputStream(many)))
                .hasMessage("more than 3 entries");
        assertThatThrownBy(() -> new LimitedFiles(new ImportLimits(10, 3_000_000, 1_000_000))
                        .fromZip(new ByteArrayInputStream(large)))
                .hasMessage("more than 3 MB unpacked in all");
    }

    @Test
    void a_file_that_is_no_zip_is_refused_in_plain_words() {
        assertThatThrownBy(() -> new LimitedFiles(LIMITS)
                        .fromZip(new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessage("this is not a zip file (nothing in it reads as a zip's entry)");
    }

    private record Entry(String name, String text) {}

    private static Entry entry(String name, String text) {
        return new Entry(name, text);
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                out.putNextEntry(new ZipEntry(entry.name()));
                out.write(entry.text().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip in memory that counts how much of it the reader took. */
    private static final class CountingStream extends InputStream {

        private final ByteArrayInputStream in;
        private int read;

        CountingStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = in.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
