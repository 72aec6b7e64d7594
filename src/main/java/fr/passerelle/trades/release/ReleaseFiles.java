package fr.passerelle.trades.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of a release, as France Travail publishes them: {@code unix_<table>_v460_utf8.csv} (the {@code v460}
 * changes with the release) and {@code version.txt}; found in a folder, or on the classpath (the demo sample).
 */
abstract class ReleaseFiles {

    /** Where the files come from, as the list of releases shows it. */
    abstract String source();

    /** The names of the files there. */
    abstract List<String> names();

    abstract InputStream open(String name) throws IOException;

    /** The name of the file of a table, whatever its release number ({@code unix_texte_v460_utf8.csv} for "texte"). */
    String fileOf(String table) {
        Pattern pattern = Pattern.compile("unix_" + Pattern.quote(table) + "_v\\d+_utf8\\.csv");
        return names().stream().filter(n -> pattern.matcher(n).matches()).findFirst()
                .orElseThrow(() -> new ReleaseRefused("Le fichier unix_" + table + "_v…_utf8.csv manque : la version ne peut pas être importée."));
    }

    ReleaseVersion version() throws IOException {
        if (!names().contains("version.txt")) {
            throw new ReleaseRefused("Le fichier version.txt manque : la version ne peut pas être importée.");
        }
        try (InputStream in = open("version.txt")) {
            return ReleaseVersion.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static ReleaseFiles folder(Path folder) {
        return folder(folder, folder.toAbsolutePath().normalize().toString());
    }

    /** A folder, named otherwise on the list of releases (the ZIP it was unpacked from). */
    static ReleaseFiles folder(Path folder, String source) {
        if (!Files.isDirectory(folder)) {
            throw new ReleaseRefused("Le dossier " + folder + " n’existe pas.");
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReleaseFiles() {
            @Override
            String source() {
                return source;
            }

            @Override
            List<String> names() {
                return names;
            }

            @Override
            InputStream open(String name) throws IOException {
                return Files.newInputStream(folder.resolve(name));
            }
        };
    }

    /** Files packaged with the application, under {@code location} on the classpath ({@code demo/rome/v460}). */
    static ReleaseFiles classpath(String location) {
        Map<String, Resource> byName = new TreeMap<>();
        try {
            Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:" + location + "/*"))
                    .filter(r -> r.getFilename() != null && !r.getFilename().isEmpty())
                    .forEach(r -> byName.put(r.getFilename(), r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = List.copyOf(byName.keySet());
        return new ReleaseFiles() {
            @Override
            String source() {
                return "classpath:" + location;
            }

            @Override
            List<String> names() {
                return names;
            }

            @Override
            InputStream open(String name) throws IOException {
                return byName.get(name).getInputStream();
            }
        };
    }

    /**
     * Unpacks a ZIP of a release into {@code folder}: the CSV files and version.txt, wherever they are in the archive
     * (only their names are kept, so that no entry writes outside the folder). At most {@code maxBytes} are written.
     */
    static void unzip(InputStream zip, Path folder, long maxBytes) throws IOException {
        Files.createDirectories(folder);
        long written = 0;
        boolean any = false;
        try (ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                name = name.substring(name.lastIndexOf('/') + 1);
                if (!(name.equals("version.txt") || name.matches("unix_[a-z_]+_v\\d+_utf8\\.csv"))) {
                    continue;
                }
                Path target = folder.resolve(name);
                try (var out = Files.newOutputStream(target)) {
                    byte[] chunk = new byte[1 << 16];
                    int n;
                    while ((n = in.read(chunk)) > 0) {
                        written += n;
                        if (written > maxBytes) {
                            throw new ReleaseRefused("L’archive dépasse " + (maxBytes >> 20) + " Mo une fois décompressée : elle n’est pas une version du ROME.");
                        }
                        out.write(chunk, 0, n);
                    }
                }
                any = true;
            }
        } catch (java.util.zip.ZipException e) {
            throw new ReleaseRefused("Le fichier envoyé n’est pas une archive ZIP lisible.");
        }
        if (!any) {
            throw new ReleaseRefused("L’archive ne contient ni version.txt ni fichier unix_…_utf8.csv : elle n’est pas une version du ROME.");
        }
    }
}
