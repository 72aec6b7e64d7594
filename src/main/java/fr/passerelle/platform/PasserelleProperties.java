package fr.passerelle.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passerelle's own settings ({@code passerelle.*}).
 *
 * @param dataDir  where the embedded database and the search index keep their files
 * @param database the embedded database
 * @param demoData load the demo campuses, partners and accounts into an empty database
 * @param map      the public map
 * @param publicUrl the address people reach the platform at, without a trailing slash; links in e-mails start with it
 * @param mail     the e-mails the platform sends
 * @param legal    who publishes the service, named in the header, the legal notice and the personal data page
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Database database,
        @DefaultValue("false") boolean demoData,
        @DefaultValue Map map,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Mail mail,
        @DefaultValue Legal legal) {

    /** The public address without a trailing slash, ready to prefix a path. */
    public String publicBaseUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * @param embedded       start an embedded PostgreSQL instead of using {@code spring.datasource.*}
     * @param cleanOnStart   wipe its data directory when it starts (tests)
     * @param port           its port on 127.0.0.1, 0 for any free port
     * @param poolSize       the connection pool of this node to the embedded PostgreSQL
     * @param maxConnections the embedded PostgreSQL's {@code max_connections}: every pool plus 3 for an administrator
     */
    public record Database(@DefaultValue("true") boolean embedded, @DefaultValue("false") boolean cleanOnStart,
                           @DefaultValue("0") int port, @DefaultValue("10") int poolSize,
                           @DefaultValue("100") int maxConnections) {
    }

    /** @param from the sender of every e-mail the platform sends */
    public record Mail(@DefaultValue("ne-pas-repondre@passerelle.invalid") String from) {
    }

    /**
     * @param tileUrl     an XYZ tile server URL template; empty to draw only the packaged outlines (works offline)
     * @param attribution the attribution the tile server requires
     */
    public record Map(@DefaultValue("") String tileUrl, @DefaultValue("") String attribution) {
    }

    /**
     * @param ministry           the ministry named in the State's block (header, footer, certificates), its lines separated by {@code |}
     * @param publisher          the service that publishes Passerelle
     * @param address            its postal address
     * @param publicationDirector the director of publication
     * @param host               who hosts the service, with their address
     * @param contactEmail       where users write about the service, its accessibility included
     * @param dpoEmail           the data protection officer's address
     */
    public record Legal(@DefaultValue("Ministère|de l’Éducation|nationale") String ministry,
                        @DefaultValue("Direction générale de l’enseignement scolaire (DGESCO)") String publisher,
                        @DefaultValue("110 rue de Grenelle, 75357 Paris SP 07") String address,
                        @DefaultValue("La directrice générale ou le directeur général de l’enseignement scolaire") String publicationDirector,
                        @DefaultValue("Ministère de l’Éducation nationale, 110 rue de Grenelle, 75357 Paris SP 07") String host,
                        @DefaultValue("contact@passerelle.invalid") String contactEmail,
                        @DefaultValue("dpd@passerelle.invalid") String dpoEmail) {

        /** The ministry's name line by line, as the State's block shows it. */
        public java.util.List<String> ministryLines() {
            return java.util.Arrays.stream(ministry.split("\\|")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        /** The ministry's name on one line. */
        public String ministryName() {
            return String.join(" ", ministryLines());
        }
    }
}
