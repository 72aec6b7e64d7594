package fr.passerelle.trades.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The sample release packaged as France Travail publishes a release, for the tests that upload one. */
public final class RomeSamples {

    private RomeSamples() {
    }

    /** The sample as a ZIP (its files in a folder of the archive), its version.txt numbered {@code version}. */
    public static byte[] zip(int version) {
        ReleaseFiles files = ReleaseFiles.classpath(RomeStartupImport.SAMPLE);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String name : files.names()) {
                zip.putNextEntry(new ZipEntry("RefRomeCsv/" + name));
                try (InputStream in = files.open(name)) {
                    byte[] content = in.readAllBytes();
                    if (name.equals("version.txt")) {
                        content = new String(content, StandardCharsets.UTF_8).replace("Numero de version : 60", "Numero de version : " + version)
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    zip.write(content);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
