package fr.passerelle.clusters.matrix;

import fr.passerelle.trades.JobTitleChoice;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the matrix pages show, as records written for the screen. */
final class MatrixViews {

    private MatrixViews() {
    }

    /** A value of one of the cluster's lists, with the number of entries that tick it. */
    record Item(UUID id, MatrixAxis axis, String label, Integer skillOgr, int position, long uses) {
    }

    /** The cluster's lists, each in the cluster's order. */
    record Axes(List<Item> skills, List<Item> activities, List<Item> markets) {

        public List<Item> of(MatrixAxis axis) {
            return switch (axis) {
                case SKILL -> skills;
                case ACTIVITY -> activities;
                case MARKET -> markets;
            };
        }

        java.util.Optional<Item> find(UUID id) {
            return java.util.stream.Stream.of(skills, activities, markets).flatMap(List::stream).filter(i -> i.id().equals(id)).findFirst();
        }
    }

    /** One member company found by a search, with its four axes by label. */
    record Row(UUID organisationId, String name, String branch, MatrixState state, Instant validatedAt, List<String> jobTitles,
               List<String> skills, List<String> activities, List<String> markets) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    record Facet(String parameter, String title, List<FacetValue> values) {
    }

    /** One page of a search. */
    record Results(List<Row> rows, long total, int page, int size, List<Facet> facets) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A member company's entry as its page shows it. */
    record Entry(UUID clusterId, UUID organisationId, String organisationName, boolean exists, MatrixState state, List<JobTitleChoice> jobTitles,
                 List<UUID> skills, List<UUID> activities, List<UUID> markets, Instant filledAt, String filledBy, Instant validatedAt,
                 String validatedBy, Instant correctionRequestedAt, String correctionRequestedBy, String correctionComment, long version,
                 boolean stale) {
    }

    /** Who would receive a message to the companies a search found. */
    record Audience(int companies, int recipients) {
    }
}
