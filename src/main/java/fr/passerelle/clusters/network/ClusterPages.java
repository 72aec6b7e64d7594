package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * The back office of clusters as its pages need it, each read checked against the actor by {@link ClusterPermissions}:
 * the list of the clusters the reader may see, one cluster's page with what the reader may do there, its sections and
 * its history. The changes themselves go through {@link Clusters}, which checks them again.
 */
@Service
class ClusterPages {

    static final int HISTORY_PAGE_SIZE = 20;

    private final Clusters clusters;
    private final ClusterRegistry registry;
    private final ClusterQueries queries;
    private final Directory directory;
    private final AuditTrail audit;
    private final ObjectProvider<ClusterSection> sections;

    ClusterPages(Clusters clusters, ClusterRegistry registry, ClusterQueries queries, Directory directory, AuditTrail audit, ObjectProvider<ClusterSection> sections) {
        this.clusters = clusters;
        this.registry = registry;
        this.queries = queries;
        this.directory = directory;
        this.audit = audit;
        this.sections = sections;
    }

    /** A cluster's back-office page as the reader sees it. */
    record View(ClusterDetails details, OrganisationSummary organisation, ClusterAccess access, boolean canEditProfile,
                boolean canManageMembers, List<ClusterBranch> branches, String chairName) {

        ClusterCard card() {
            return details.card();
        }

        UUID id() {
            return details.card().id();
        }
    }

    ClusterQueries.Page list(Actor actor, ClusterQueries.Filters filters, int page, int size) {
        if (!ClusterPermissions.canListClusters(actor)) {
            throw new AccessDeniedException("La liste des clusters est réservée à leurs équipes, leurs membres, aux co-pilotes régionaux et à "
                    + "l'administration nationale.");
        }
        return queries.visibleTo(actor, filters, page, size);
    }

    /** Whether the actor registers clusters (of their région, or of any for the national administration). */
    boolean canRegisterAny(Actor actor) {
        return actor.isNationalAdmin() || (actor.regionCode() != null && ClusterPermissions.canRegister(actor, actor.regionCode()));
    }

    void requireRegistrar(Actor actor) {
        if (!canRegisterAny(actor)) {
            throw new AccessDeniedException("Un cluster est enregistré par l'administration nationale ou par les co-pilotes de sa région.");
        }
    }

    /** The cluster's page for the actor; 404 when unknown, refused when the actor may not open it. */
    View open(Actor actor, UUID clusterId) {
        ClusterDetails details = clusters.details(clusterId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ClusterAccess access = clusters.access(actor, clusterId);
        String region = details.profile().regionCode();
        if (!ClusterPermissions.canOpen(actor, access, region)) {
            throw new AccessDeniedException("Cette page est réservée à l'équipe du cluster, à ses membres, aux co-pilotes de sa région et à "
                    + "l'administration nationale.");
        }
        OrganisationSummary organisation = directory.organisation(clusterId).orElseThrow();
        UUID chair = details.profile().chairOrganisationId();
        return new View(details, organisation, access, ClusterPermissions.canEditProfile(actor, clusterId, region),
                ClusterPermissions.canManageMembers(actor, clusterId), clusters.branches(clusterId),
                chair == null ? null : directory.organisation(chair).map(OrganisationSummary::displayName).orElse(null));
    }

    /** The cluster's page for someone who edits its profile. */
    View requireProfileEditor(Actor actor, UUID clusterId) {
        View view = open(actor, clusterId);
        if (!view.canEditProfile()) {
            throw new AccessDeniedException("Le profil d'un cluster est tenu par son équipe, les co-pilotes de sa région et l'administration nationale.");
        }
        return view;
    }

    /** The cluster's page for someone who keeps its memberships. */
    View requireMembersManager(Actor actor, UUID clusterId) {
        View view = open(actor, clusterId);
        if (!view.canManageMembers()) {
            throw new AccessDeniedException("Les adhésions d'un cluster sont tenues par son équipe et l'administration nationale.");
        }
        return view;
    }

    /** One membership of the cluster, for those who keep them. */
    java.util.Optional<fr.passerelle.clusters.ClusterMember> member(Actor actor, UUID clusterId, UUID membershipId) {
        return registry.membership(actor, clusterId, membershipId);
    }

    /** The parts of the page contributed by the module's sub-packages that the reader may open, in their order. */
    List<ClusterSection.Section> sections(Actor actor, View view) {
        return sections.stream().sorted(Comparator.comparingInt(ClusterSection::order))
                .flatMap(s -> s.section(actor, view.card(), view.access()).stream()).toList();
    }

    /** The cluster's history, for those who keep its profile (it names every member's comings and goings). */
    AuditTrail.Page history(View view, Long before) {
        if (!view.canEditProfile()) {
            return new AuditTrail.Page(List.of(), null);
        }
        return audit.page(ClusterRegistry.AUDITED, view.id(), before, HISTORY_PAGE_SIZE);
    }
}
