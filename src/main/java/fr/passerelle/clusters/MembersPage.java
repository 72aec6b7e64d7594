package fr.passerelle.clusters;

import java.util.List;

/** One page of a cluster's members, sorted by name, filtered and paginated in SQL. */
public record MembersPage(List<ClusterMember> members, long total, int page, int size) {

    public MembersPage {
        members = List.copyOf(members);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
