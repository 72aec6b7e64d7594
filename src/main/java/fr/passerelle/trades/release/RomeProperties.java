package fr.passerelle.trades.release;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where ROME releases come from ({@code passerelle.rome.*}).
 *
 * @param folder     a release folder (the {@code unix_*_utf8.csv} files and version.txt) imported at start-up when its
 *                   version is not imported yet; unset, the demo mode imports the sample packaged with the application
 * @param importRoot a folder whose sub-folders the national administrator may import from the administration page;
 *                   unset, only an uploaded ZIP can be imported there
 */
@ConfigurationProperties("passerelle.rome")
public record RomeProperties(Path folder, Path importRoot) {
}
