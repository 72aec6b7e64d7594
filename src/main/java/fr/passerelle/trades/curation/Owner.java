package fr.passerelle.trades.curation;

import java.util.UUID;

/** Who curates a selection of trade sheets: a campus (its id) or a cluster (a directory organisation of kind CLUSTER). */
public record Owner(Kind kind, UUID id) {

    public enum Kind {
        CAMPUS("le campus"), CLUSTER("le cluster");

        private final String article;

        Kind(String article) {
            this.article = article;
        }

        /** "le campus", "le cluster", for messages. */
        public String article() {
            return article;
        }
    }

    public Owner {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("An owner has a kind and an id");
        }
    }

    public static Owner campus(UUID id) {
        return new Owner(Kind.CAMPUS, id);
    }

    public static Owner cluster(UUID id) {
        return new Owner(Kind.CLUSTER, id);
    }
}
