package fr.passerelle.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL 17 server on one data folder, run by this JVM and as durable as a server installed by hand: fsync,
 * synchronous commit and full page writes on, data checksums, a superuser password generated at first start (SCRAM),
 * TCP on 127.0.0.1 only and no Unix socket. Several instances may run in one JVM, each on its own folder.
 *
 * <p>Beside the data folder {@code <dir>} live {@code <dir>.password} (the superuser's password, mode 0600),
 * {@code <dir>.lock} (locked by the JVM that runs the server, which refuses a second one on the same folder) and
 * {@code <dir>.log} (the server's log).
 *
 * <p>The server dies with its JVM: it runs under a small {@code sh} wrapper whose standard input is a pipe from this
 * JVM; when the JVM dies, even by {@code kill -9}, the pipe closes and the wrapper asks PostgreSQL for a fast shutdown.
 * A server left running anyway (an orphan: its JVM and wrapper killed together, or a server started by an earlier
 * version through {@code pg_ctl}) is stopped at the next start before a new one starts; a server killed outright
 * recovers from its write-ahead log.
 */
final class EmbeddedPostgres implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    static final String MAJOR_VERSION = "17";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration FAST_SHUTDOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration IMMEDIATE_SHUTDOWN_TIMEOUT = Duration.ofSeconds(20);
    private static final long LOG_ROTATION_SIZE = 10L * 1024 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    /** Folders claimed by this JVM: a second channel on a locked file would release its lock when closed. */
    private static final Set<Path> CLAIMED = new HashSet<>();

    /**
     * Waits for its standard input to close (this JVM stopping or dying), then asks PostgreSQL for a fast shutdown;
     * exits with PostgreSQL's status when PostgreSQL ends, whatever the reason.
     */
    private static final String WRAPPER = """
            exec 3<&0 0</dev/null
            "$@" 3<&- &
            pg=$!
            ( read -r _ <&3; kill -INT "$pg" 2>/dev/null ) &
            watcher=$!
            exec 3<&-
            wait "$pg"
            status=$?
            kill "$watcher" 2>/dev/null
            exit "$status"
            """;

    /**
     * @param dataDirectory  the PostgreSQL data folder
     * @param binariesRoot   where the binaries are extracted (shared by any number of data folders)
     * @param port           the TCP port on 127.0.0.1, 0 for any free port
     * @param maxConnections PostgreSQL's {@code max_connections}
     * @param clean          wipe the data folder and its password first (a throw-away test cluster)
     */
    record Settings(Path dataDirectory, Path binariesRoot, int port, int maxConnections, boolean clean) {

        Settings {
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
            binariesRoot = binariesRoot.toAbsolutePath().normalize();
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            if (maxConnections < 1) {
                throw new IllegalArgumentException("max_connections must be positive: " + maxConnections);
            }
        }

        /** A server on any free port, keeping its data. */
        static Settings of(Path dataDirectory, Path binariesRoot) {
            return new Settings(dataDirectory, binariesRoot, 0, 100, false);
        }
    }

    private final Settings settings;
    private final Claim claim;
    private final Process wrapper;
    private final long pid;
    private final int port;
    private final String password;
    private boolean closed;

    private EmbeddedPostgres(Settings settings, Claim claim, Process wrapper, long pid, int port, String password) {
        this.settings = settings;
        this.claim = claim;
        this.wrapper = wrapper;
        this.pid = pid;
        this.port = port;
        this.password = password;
    }

    /**
     * Starts a server on the folder: refuses at once when another running JVM holds it; stops an orphaned server of
     * the folder first; creates the cluster (or gives a password to one created without, by an earlier version).
     */
    static EmbeddedPostgres start(Settings settings) {
        Path dataDirectory = settings.dataDirectory();
        try {
            Files.createDirectories(dataDirectory.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDirectory.getParent(), e);
        }
        Claim claim = Claim.of(dataDirectory, sibling(dataDirectory, ".lock"));
        try {
            refuseIfAnEarlierVersionRunsIt(dataDirectory);
            stopOrphan(dataDirectory);
            if (settings.clean()) {
                wipe(dataDirectory);
            }
            PostgresBinaries binaries = PostgresBinaries.in(settings.binariesRoot());
            String password = prepareCluster(settings, binaries);
            writeHostBasedAuthentication(dataDirectory);
            return launch(settings, claim, binaries, password);
        } catch (RuntimeException | Error e) {
            claim.release();
            throw e;
        }
    }

    int port() {
        return port;
    }

    /** The postmaster's process id. */
    long pid() {
        return pid;
    }

    String password() {
        return password;
    }

    Path dataDirectory() {
        return settings.dataDirectory();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    static Path passwordFile(Path dataDirectory) {
        return sibling(dataDirectory, ".password");
    }

    /** Owner-only: PostgreSQL's messages may quote the data (a duplicate key, a failed statement). */
    static Path logFile(Path dataDirectory) {
        Path logFile = sibling(dataDirectory, ".log");
        try {
            if (!Files.exists(logFile)) {
                Files.createFile(logFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.setPosixFilePermissions(logFile, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logFile, e);
        }
        return logFile;
    }

    /** Fast shutdown (sessions ended, a checkpoint written), then releases the folder. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            try {
                wrapper.getOutputStream().close(); // the wrapper sends SIGINT: fast shutdown
            } catch (IOException e) {
                log.debug("Closing the wrapper's input", e);
            }
            if (!waitUntilGone(pid, FAST_SHUTDOWN_TIMEOUT)) {
                log.warn("PostgreSQL {} did not stop within {}; stopping it harder", pid, FAST_SHUTDOWN_TIMEOUT);
                stopProcess(pid);
            }
            try {
                if (!wrapper.waitFor(IMMEDIATE_SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    wrapper.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            log.info("Embedded PostgreSQL on {} stopped", settings.dataDirectory());
        } finally {
            claim.release();
        }
    }

    private synchronized void reportUnexpectedStop() {
        if (!closed) {
            log.error("The embedded PostgreSQL on {} stopped on its own (status {}): see {}; restart Passerelle",
                    settings.dataDirectory(), wrapper.exitValue(), logFile(settings.dataDirectory()));
        }
    }

    // --- start ---

    private static String prepareCluster(Settings settings, PostgresBinaries binaries) {
        Path dataDirectory = settings.dataDirectory();
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        try {
            if (!Files.exists(versionFile)) {
                if (Files.isDirectory(dataDirectory)) {
                    try (Stream<Path> content = Files.list(dataDirectory)) {
                        if (content.findAny().isPresent()) {
                            throw new IllegalStateException(dataDirectory + " is not empty but holds no PostgreSQL cluster "
                                    + "(no PG_VERSION): move it away or delete it, then start again");
                        }
                    }
                    Files.delete(dataDirectory);
                }
                return initialise(settings, binaries);
            }
            String version = Files.readString(versionFile).trim();
            if (!MAJOR_VERSION.equals(version)) {
                throw new IllegalStateException(dataDirectory + " holds a PostgreSQL " + version + " cluster; this Passerelle runs "
                        + "PostgreSQL " + MAJOR_VERSION + ": export it with that version's pg_dump and load it into a new folder");
            }
            Path passwordFile = passwordFile(dataDirectory);
            if (Files.exists(passwordFile)) {
                Files.setPosixFilePermissions(passwordFile, OWNER_ONLY);
                return Files.readString(passwordFile).trim();
            }
            return setPasswordOfPasswordlessCluster(dataDirectory, binaries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the PostgreSQL cluster in " + dataDirectory, e);
        }
    }

    /** initdb into a folder aside, then renamed: a cluster is either complete under its name or absent. */
    private static String initialise(Settings settings, PostgresBinaries binaries) throws IOException {
        Path dataDirectory = settings.dataDirectory();
        Path staging = sibling(dataDirectory, ".initdb");
        PostgresBinaries.deleteTree(staging);
        String password = newPassword();
        Path pending = writeSecret(sibling(dataDirectory, ".password.new"), password);
        var arguments = List.of("-D", staging.toString(), "-U", SUPERUSER, "--pwfile=" + pending,
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--data-checksums",
                "--no-instructions");
        log.info("Creating a PostgreSQL cluster in {}", dataDirectory);
        run("initdb", binaries.command("initdb", arguments), null, dataDirectory);
        Files.move(staging, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        Files.move(pending, passwordFile(dataDirectory), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dataDirectory.getParent());
        return password;
    }

    /**
     * A cluster created by an earlier version let anyone on the machine in without a password: in single-user mode
     * (no network), the superuser gets a password; {@code pg_hba.conf} is rewritten before every start.
     */
    private static String setPasswordOfPasswordlessCluster(Path dataDirectory, PostgresBinaries binaries) throws IOException {
        log.warn("The PostgreSQL cluster in {} has no password (created by an earlier version): setting one, kept in {}",
                dataDirectory, passwordFile(dataDirectory));
        String password = newPassword();
        Path pending = writeSecret(sibling(dataDirectory, ".password.new"), password);
        run("Setting the superuser's password", binaries.command("postgres", List.of("--single", "-D", dataDirectory.toString(),
                        "-c", "exit_on_error=on", "-c", "password_encryption=scram-sha-256", "-c", "fsync=on", SUPERUSER)),
                "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "';\n", dataDirectory);
        Files.move(pending, passwordFile(dataDirectory), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dataDirectory.getParent());
        return password;
    }

    private static void writeHostBasedAuthentication(Path dataDirectory) {
        String rules = """
                # Written by Passerelle before each start of its embedded PostgreSQL: changes here are lost.
                # TCP from this machine only, with the superuser's password (SCRAM); no Unix socket.
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                host    all       all   127.0.0.1/32  scram-sha-256
                """;
        try {
            Path file = dataDirectory.resolve("pg_hba.conf");
            Path temporary = dataDirectory.resolve("pg_hba.conf.new");
            Files.writeString(temporary, rules);
            Files.setPosixFilePermissions(temporary, OWNER_ONLY);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
        }
    }

    private static EmbeddedPostgres launch(Settings settings, Claim claim, PostgresBinaries binaries, String password) {
        Path dataDirectory = settings.dataDirectory();
        Path logFile = logFile(dataDirectory);
        rotate(logFile);
        for (int attempt = 1; ; attempt++) {
            int port = settings.port() > 0 ? settings.port() : freePort();
            var command = new ArrayList<>(List.of("sh", "-c", WRAPPER, "passerelle-postgres"));
            command.addAll(binaries.command("postgres", serverArguments(settings, port)));
            long logStart = size(logFile);
            Process wrapper;
            try {
                wrapper = new ProcessBuilder(PostgresBinaries.detached(command))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start PostgreSQL", e);
            }
            var server = new EmbeddedPostgres(settings, claim, wrapper, -1, port, password);
            String failure = server.awaitReady();
            if (failure == null) {
                long pid = readPostmasterPid(dataDirectory).orElseThrow(() ->
                        new IllegalStateException("PostgreSQL runs but wrote no postmaster.pid in " + dataDirectory));
                log.info("Embedded PostgreSQL started on port {} (process {}) with data in {}", port, pid, dataDirectory);
                var started = new EmbeddedPostgres(settings, claim, wrapper, pid, port, password);
                wrapper.onExit().thenRun(started::reportUnexpectedStop);
                return started;
            }
            stopFailedStart(wrapper, dataDirectory);
            String output = tail(logFile, logStart);
            boolean portTaken = output.contains("could not bind") || output.contains("Address already in use");
            if (settings.port() == 0 && portTaken && attempt < 5) {
                log.info("Port {} was taken meanwhile; trying another", port);
                continue;
            }
            throw new IllegalStateException("The embedded PostgreSQL on " + dataDirectory + " did not start: " + failure
                    + (output.isBlank() ? "" : "\n--- " + logFile + " ---\n" + output));
        }
    }

    private static List<String> serverArguments(Settings settings, int port) {
        return List.of("-D", settings.dataDirectory().toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=" + settings.maxConnections(),
                "-c", "fsync=on",
                "-c", "synchronous_commit=on",
                "-c", "full_page_writes=on",
                "-c", "password_encryption=scram-sha-256",
                "-c", "timezone=UTC");
    }

    /** Null once a password connection works; otherwise why the server cannot be used. */
    private String awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!wrapper.isAlive()) {
                return "PostgreSQL exited (status " + wrapper.exitValue() + ")";
            }
            try (Connection ignored = connect("postgres")) {
                return null;
            } catch (SQLException e) {
                last = e;
                if ("28P01".equals(e.getSQLState())) {
                    return "the password in " + passwordFile(settings.dataDirectory()) + " is not the superuser's: "
                            + "put back the password file that came with this data folder";
                }
            }
            sleep(Duration.ofMillis(100));
        }
        return "not ready after " + START_TIMEOUT + (last == null ? "" : " (" + last.getMessage() + ")");
    }

    private static void stopFailedStart(Process wrapper, Path dataDirectory) {
        readPostmasterPid(dataDirectory).ifPresent(pid -> {
            if (isPostmasterOf(pid, dataDirectory)) {
                stopProcess(pid);
            }
        });
        wrapper.destroyForcibly();
        try {
            wrapper.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- the folder: claim, orphans, wipe ---

    /** A server started by the version before this launcher held {@code epg-lock} inside the data folder. */
    private static void refuseIfAnEarlierVersionRunsIt(Path dataDirectory) {
        Path legacyLock = dataDirectory.resolve("epg-lock");
        if (!Files.exists(legacyLock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(legacyLock, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException(inUse(dataDirectory, "an earlier version of Passerelle"));
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException(inUse(dataDirectory, "this process"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check " + legacyLock, e);
        }
    }

    /**
     * A {@code postmaster.pid} naming a live PostgreSQL of this folder is an orphan (we hold the folder's lock, so
     * no running Passerelle owns it): fast shutdown, then harder. One naming a process that is gone, or another
     * program, is stale and removed (PostgreSQL itself would refuse to start when the number now belongs to a live
     * process).
     */
    private static void stopOrphan(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        OptionalLong pid = readPostmasterPid(dataDirectory);
        if (pid.isEmpty()) {
            return;
        }
        long orphan = pid.getAsLong();
        if (isPostmasterOf(orphan, dataDirectory)) {
            log.warn("PostgreSQL (process {}) was left running on {} by an earlier start: stopping it", orphan, dataDirectory);
            stopProcess(orphan);
        } else {
            log.info("Removing a stale postmaster.pid from {} (process {} is not its PostgreSQL)", dataDirectory, orphan);
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + pidFile, e);
        }
    }

    static boolean isPostmasterOf(long pid, Path dataDirectory) {
        if (!isRunning(pid)) {
            return false;
        }
        Path process = Path.of("/proc", Long.toString(pid));
        try {
            String executable = Files.readSymbolicLink(process.resolve("exe")).getFileName().toString();
            return executable.startsWith("postgres") && Files.isSameFile(process.resolve("cwd"), dataDirectory);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new IllegalStateException("postmaster.pid in " + dataDirectory + " names process " + pid + ", which runs "
                    + "but cannot be inspected (" + e + "): if it is a PostgreSQL on this folder, stop it (kill -INT " + pid
                    + ") and start again; otherwise delete " + dataDirectory.resolve("postmaster.pid"));
        }
    }

    /** Alive and not a zombie, from {@code /proc}. */
    static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.substring(stat.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Fast shutdown (SIGINT); then immediate shutdown (SIGQUIT); then SIGKILL, and its children too. */
    static void stopProcess(long pid) {
        List<ProcessHandle> children = ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of());
        signal(pid, "INT");
        if (!waitUntilGone(pid, FAST_SHUTDOWN_TIMEOUT)) {
            signal(pid, "QUIT");
            if (!waitUntilGone(pid, IMMEDIATE_SHUTDOWN_TIMEOUT)) {
                log.warn("PostgreSQL {} ignored SIGINT and SIGQUIT: killing it; it will recover from its WAL", pid);
                signal(pid, "KILL");
                waitUntilGone(pid, IMMEDIATE_SHUTDOWN_TIMEOUT);
            }
        }
        for (ProcessHandle child : children) {
            if (!waitUntilGone(child.pid(), IMMEDIATE_SHUTDOWN_TIMEOUT)) {
                signal(child.pid(), "KILL");
                waitUntilGone(child.pid(), IMMEDIATE_SHUTDOWN_TIMEOUT);
            }
        }
        if (isRunning(pid)) {
            throw new IllegalStateException("Cannot stop PostgreSQL process " + pid);
        }
    }

    static boolean waitUntilGone(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(Duration.ofMillis(50));
        }
        return true;
    }

    /** Through the shell's own {@code kill}, which every Linux has (a JVM can send SIGTERM and SIGKILL only). */
    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("sh", "-c", "kill -" + signal + " \"$1\" 2>/dev/null", "kill", Long.toString(pid))
                    .redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static OptionalLong readPostmasterPid(Path dataDirectory) {
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).stream().findFirst().orElse("").trim();
            return first.matches("\\d+") ? OptionalLong.of(Long.parseLong(first)) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static void wipe(Path dataDirectory) {
        try {
            PostgresBinaries.deleteTree(dataDirectory);
            Files.deleteIfExists(passwordFile(dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot wipe " + dataDirectory, e);
        }
    }

    private static String inUse(Path dataDirectory, String holder) {
        return "The embedded PostgreSQL data folder " + dataDirectory + " is in use by " + holder + ". Stop that Passerelle "
                + "first, or give this one another folder (passerelle.data-dir).";
    }

    /** The folder's lock, held as long as a server of ours may run on it. */
    private static final class Claim {
        private final Path dataDirectory;
        private final FileChannel channel;
        private final FileLock lock;

        private Claim(Path dataDirectory, FileChannel channel, FileLock lock) {
            this.dataDirectory = dataDirectory;
            this.channel = channel;
            this.lock = lock;
        }

        static Claim of(Path dataDirectory, Path lockFile) {
            synchronized (CLAIMED) {
                if (CLAIMED.contains(dataDirectory)) {
                    throw new IllegalStateException(inUse(dataDirectory, "this process"));
                }
                try {
                    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock();
                    if (lock == null) {
                        String holder = Files.readString(lockFile).trim();
                        channel.close();
                        throw new IllegalStateException(inUse(dataDirectory,
                                "another running Passerelle" + (holder.matches("\\d+") ? " (process " + holder + ")" : "")));
                    }
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
                    channel.force(true);
                    CLAIMED.add(dataDirectory);
                    return new Claim(dataDirectory, channel, lock);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot lock " + lockFile, e);
                }
            }
        }

        void release() {
            synchronized (CLAIMED) {
                if (!CLAIMED.remove(dataDirectory)) {
                    return;
                }
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    log.warn("Cannot release the lock of {}", dataDirectory, e);
                }
            }
        }
    }

    // --- small helpers ---

    private static void run(String what, List<String> command, String input, Path dataDirectory) {
        Path logFile = logFile(dataDirectory);
        long logStart = size(logFile);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            try (var stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException(what + " failed (status " + status + ")\n--- " + logFile + " ---\n"
                        + tail(logFile, logStart));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Written to a new file of mode 0600 beside the target, flushed, and renamed over it. */
    private static Path writeSecret(Path file, String secret) throws IOException {
        Files.deleteIfExists(file);
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((secret + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.setPosixFilePermissions(temporary, OWNER_ONLY);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            log.debug("Cannot sync {}", directory, e);
        }
    }

    private static Path sibling(Path dataDirectory, String suffix) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + suffix);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    private static void rotate(Path logFile) {
        try {
            if (size(logFile) > LOG_ROTATION_SIZE) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("Cannot rotate {}", logFile, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The last lines the server wrote since {@code from}. */
    private static String tail(Path file, long from) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                    StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
