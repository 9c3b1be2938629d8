package org.brtimeline.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.PathResource;

/**
 * {@code backup <file.zip> [--with-passwords]} and {@code restore <file.zip> [--force]}: the whole chronology to one
 * file and back. A backup is written beside its name first and moved into place when complete; a restore goes into an
 * empty database unless forced, in one transaction, and then rebuilds the search index.
 */
public final class BackupCommand {

    public static final String USAGE = """
            usage: backup <file.zip> [--with-passwords] [--spring.option=value ...]
                   restore <file.zip> [--force] [--spring.option=value ...]""";

    private BackupCommand() {}

    /** The file, whether the command's one flag was given, and the arguments for Spring (which database). */
    public record Options(Path file, boolean flag, List<String> springArguments) {

        public static Options parse(List<String> args, String flag) {
            Path file = null;
            boolean flagged = false;
            List<String> spring = new ArrayList<>();
            for (String arg : args) {
                if (arg.equals(flag)) {
                    flagged = true;
                } else if (arg.startsWith("--")) {
                    spring.add(arg);
                } else if (file == null) {
                    file = Path.of(arg);
                } else {
                    throw new IllegalArgumentException("one file only, not also '" + arg + "'");
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("which file?");
            }
            return new Options(file, flagged, List.copyOf(spring));
        }
    }

    public static int backup(
            Options options, BackupService backups, org.brtimeline.base.SystemTask system, PrintStream out)
            throws IOException {
        Path file = options.file().toAbsolutePath();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Map<String, Long> rows;
        try (OutputStream to = Files.newOutputStream(partial)) {
            rows = system.callWithFiles(() -> backups.write(to, options.flag()));
        } catch (BackupException e) {
            Files.deleteIfExists(partial);
            out.println("No backup written: " + e.getMessage());
            return 1;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        out.println("Backed up to " + file + ": " + BackupService.summary(rows)
                + (options.flag() ? " (with password hashes: keep the file safe)" : " (without password hashes)"));
        return 0;
    }

    public static int restore(
            Options options, BackupService backups, org.brtimeline.base.SystemTask system, PrintStream out)
            throws IOException {
        if (!Files.isRegularFile(options.file())) {
            out.println("No such file: " + options.file());
            return 2;
        }
        Map<String, Long> rows;
        try {
            rows = system.callWithFiles(() -> backups.restore(new PathResource(options.file()), options.flag()));
        } catch (BackupException e) {
            out.println("Nothing restored: " + e.getMessage());
            return 1;
        }
        out.println("Restored from " + options.file() + ": " + BackupService.summary(rows) + "; search index rebuilt");
        return 0;
    }
}
