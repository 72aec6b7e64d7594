package fr.passerelle.training.catalogue;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labels clusters give to trainings of the catalogue. A cluster is an organisation of the directory of kind
 * CLUSTER; the national administrator and the people of that organisation label in its name ({@link LabelPermissions}).
 * Every label and change is audited on the training.
 */
@Service
class TrainingLabels {

    static final String AUDITED = "catalogue_formation";

    private final TrainingLabelRepository labels;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    TrainingLabels(TrainingLabelRepository labels, Directory directory, AuditTrail audit, Clock clock) {
        this.labels = labels;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** A label as the sheet shows it. */
    record Shown(UUID id, UUID clusterId, String clusterName, LabelNature nature, LabelStatus status, LocalDate labelledOn, String note, long version,
                 boolean editable) {
    }

    @Transactional(readOnly = true)
    List<Shown> of(Actor actor, UUID trainingId) {
        List<TrainingLabel> found = labels.findByTrainingId(trainingId);
        Map<UUID, OrganisationSummary> clusters = directory.organisations(found.stream().map(TrainingLabel::clusterId).toList());
        return found.stream().map(l -> {
            LabelDetails d = l.details();
            OrganisationSummary cluster = clusters.get(l.clusterId());
            return new Shown(l.id(), l.clusterId(), cluster == null ? "Cluster" : cluster.displayName(), d.nature(), d.status(), d.labelledOn(),
                    d.note(), l.version(), LabelPermissions.canLabelFor(actor, l.clusterId()));
        }).sorted(Comparator.comparing(Shown::labelledOn).reversed()).toList();
    }

    /** The clusters the actor may label in the name of. */
    List<OrganisationSummary> clustersFor(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        if (actor.isNationalAdmin()) {
            return directory.ofKind(OrganisationKind.CLUSTER, 500);
        }
        if (actor.organisationId() == null || !LabelPermissions.canLabelFor(actor, actor.organisationId())) {
            return List.of();
        }
        return directory.organisation(actor.organisationId()).filter(o -> o.kind() == OrganisationKind.CLUSTER).stream().toList();
    }

    @Transactional
    UUID label(Actor actor, CatalogueQueries.TrainingRow training, UUID clusterId, LabelDetails details) {
        OrganisationSummary cluster = requireCluster(actor, clusterId);
        if (labels.findByTrainingIdAndClusterId(training.id(), clusterId).isPresent()) {
            throw new BusinessRuleException("clusterId", cluster.displayName() + " a déjà labellisé cette formation : modifiez son label.");
        }
        TrainingLabel label = TrainingLabel.grant(training.id(), clusterId, details, LocalDate.now(clock), Instant.now(clock));
        labels.save(label);
        audit.record(AUDITED, training.id(), "FORMATION_LABELLISEE", "Formation « " + training.label() + " » labellisée par " + cluster.displayName(),
                List.of(new AuditTrail.Change("Label", null, details.describe())));
        return label.id();
    }

    @Transactional
    void change(Actor actor, CatalogueQueries.TrainingRow training, UUID labelId, long expectedVersion, LabelDetails details) {
        TrainingLabel label = labels.findById(labelId).filter(l -> l.trainingId().equals(training.id()))
                .orElseThrow(() -> new BusinessRuleException(null, "Ce label n’existe plus."));
        OrganisationSummary cluster = requireCluster(actor, label.clusterId());
        String before = label.details().describe();
        label.change(expectedVersion, details, LocalDate.now(clock), Instant.now(clock));
        labels.saveAndFlush(label);
        audit.record(AUDITED, training.id(), "LABEL_FORMATION_MODIFIE", "Label de " + cluster.displayName() + " modifié",
                List.of(new AuditTrail.Change("Label", before, details.describe())));
    }

    private OrganisationSummary requireCluster(Actor actor, UUID clusterId) {
        if (!LabelPermissions.canLabelFor(actor, clusterId)) {
            throw new AccessDeniedException("Seuls l’administration nationale et les membres du cluster labellisent une formation en son nom.");
        }
        OrganisationSummary cluster = directory.organisation(clusterId)
                .orElseThrow(() -> new BusinessRuleException("clusterId", "Choisissez un cluster de l’annuaire."));
        if (cluster.kind() != OrganisationKind.CLUSTER) {
            throw new BusinessRuleException("clusterId", "« " + cluster.displayName() + " » n’est pas un pôle ou un cluster : seul un cluster labellise une formation.");
        }
        return cluster;
    }
}
