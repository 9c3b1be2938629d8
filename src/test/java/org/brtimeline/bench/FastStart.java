package org.brtimeline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The README's fast start ("Starting in seconds"): the packaged jar unpacked by its own tools ({@code -Djarmode=tools
 * extract}) and a class data sharing archive written by the README's training start. Made with the README's commands
 * in {@link #FOLDER}, whose {@code data/} holds a password file the training must leave alone ({@link #UNTOUCHED}:
 * {@code ClassArchiveTrainingIT} checks it), once per build of the jar, then reused (by the next Failsafe run too).
 */
public record FastStart(Path jar, Path archive) {

    /** Where the commands run: the README's project folder, with {@code app/} in it. */
    public static final Path FOLDER = PackagedApp.WORK.resolve("fast-start");

    /** A password file as a first start leaves it in {@code data/}, written before the training start. */
    public static final Path UNTOUCHED = FOLDER.resolve("data").resolve("admin-password");

    public static final String UNTOUCHED_TEXT = "the password of this folder's own database\n";

    private static final Path STAMP = FOLDER.resolve("made-from");
    private static FastStart made;

    /** The JVM options that start the unpacked jar with the archive. */
    public List<String> jvmOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    /** The fast start of the newest built jar, made now unless it was made from that very jar. */
    public static synchronized FastStart ofNewestJar() throws IOException, InterruptedException {
        Path built = PackagedApp.newestJar().toAbsolutePath();
        String stamp = built + " " + Files.size(built) + " "
                + Files.getLastModifiedTime(built).toMillis();
        Path app = FOLDER.resolve("app");
        FastStart fast = new FastStart(app.resolve(built.getFileName()), app.resolve("app.jsa"));
        if (made != null && made.equals(fast)
                || Files.exists(fast.archive)
                        && Files.exists(STAMP)
                        && Files.readString(STAMP).equals(stamp)) {
            made = fast;
            return fast;
        }
        PackagedApp.deleteRecursively(FOLDER);
        Files.createDirectories(UNTOUCHED.getParent());
        Files.writeString(UNTOUCHED, UNTOUCHED_TEXT);
        run("unpack", List.of("-Djarmode=tools", "-jar", built.toString(), "extract", "--destination", "app"));
        // The README's training start, as it is written there (with the JVM running these tests).
        run(
                "training",
                List.of(
                        "-XX:ArchiveClassesAtExit=app/app.jsa",
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        fast.jar.toString()));
        if (!Files.exists(fast.archive)) {
            throw new IllegalStateException("The training start wrote no " + fast.archive + "; see " + log("training"));
        }
        Files.writeString(STAMP, stamp);
        made = fast;
        return fast;
    }

    private static void run(String step, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PackagedApp.java());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .directory(FOLDER.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(step).toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("The " + step + " took over 5 minutes; see " + log(step));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "The " + step + " ended with " + process.exitValue() + ": " + String.join(" ", command) + "; see "
                            + log(step) + ":\n" + Files.readString(log(step), StandardCharsets.UTF_8));
        }
    }

    /** The output of a step, beside the folder. */
    public static Path log(String step) {
        return PackagedApp.WORK.resolve("fast-start-" + step + ".log");
    }
}
