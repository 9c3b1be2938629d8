package org.brtimeline.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.brtimeline.base.ByteSize;

/**
 * Reads the article files ({@code .txt}, {@code .md}) of a zip or a folder within {@link ImportLimits}. A zip's
 * bytes are counted as they are inflated, whatever sizes its entries declare, and reading stops at the first
 * limit passed: a zip bomb is refused having taken no more memory than the limits allow.
 */
final class LimitedFiles {

    private static final int BUFFER = 64 * 1024;

    private final ImportLimits limits;
    private int entries;
    private long total;

    LimitedFiles(ImportLimits limits) {
        this.limits = limits;
    }

    List<ArticleBatchImport.NamedFile> fromZip(InputStream zip) {
        List<ArticleBatchImport.NamedFile> files = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                countEntry();
                // Every entry is read through the counter, also those skipped: skipping one inflates it all the same.
                boolean article = !entry.isDirectory() && isArticleFile(entry.getName());
                byte[] bytes = read(entry.getName(), in, article);
                if (article) {
                    files.add(new ArticleBatchImport.NamedFile(entry.getName(), bytes));
                }
            }
        } catch (ZipException e) {
            throw new ImportRefusedException("this is not a readable zip file (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            // a text or any other file that is no zip reads as a zip of nothing: say what it is
            throw new ImportRefusedException("this is not a zip file (nothing in it reads as a zip's entry)");
        }
        if (files.isEmpty()) {
            throw new ImportRefusedException("the zip holds no .txt or .md files");
        }
        return files;
    }

    List<ArticleBatchImport.NamedFile> fromFolder(Path folder) {
        List<ArticleBatchImport.NamedFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> Files.isRegularFile(p) && isArticleFile(p.toString()))
                    .sorted()
                    .toList()) {
                countEntry();
                String name = path.getFileName().toString();
                try (InputStream in = Files.newInputStream(path)) {
                    files.add(new ArticleBatchImport.NamedFile(name, read(name, in, true)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private void countEntry() {
        if (++entries > limits.maxEntries()) {
            throw new ImportRefusedException("more than " + limits.maxEntries() + " entries");
        }
    }

    /** Reads one entry, counting its bytes against the limits as they come, never trusting a declared size. */
    private byte[] read(String name, InputStream in, boolean keep) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            total += n;
            if (size > limits.maxEntryBytes()) {
                throw new ImportRefusedException(
                        name + " is larger than " + ByteSize.of(limits.maxEntryBytes()) + " unpacked");
            }
            if (total > limits.maxTotalBytes()) {
                throw new ImportRefusedException(
                        "more than " + ByteSize.of(limits.maxTotalBytes()) + " unpacked in all");
            }
            if (keep) {
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static boolean isArticleFile(String name) {
        return name.endsWith(".txt") || name.endsWith(".md");
    }
}
