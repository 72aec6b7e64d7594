package fr.passerelle.training.catalogue;

import fr.passerelle.campus.CampusPagePanel.Panel;
import fr.passerelle.campus.PartnerPagePanel;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** On a cluster's public page, the trainings it labels (new or restructured), with their status and date; absent while there is none. */
@Component
class ClusterLabelsPanel implements PartnerPagePanel {

    private final JdbcClient jdbc;

    ClusterLabelsPanel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A labelled training as the cluster's page lists it. */
    record Labelled(String code, String label, String typeLabel, LabelNature nature, LabelStatus status, LocalDate labelledOn) {

        public String path() {
            return "/formations/" + code;
        }
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Panel> panel(OrganisationSummary organisation) {
        if (organisation.kind() != OrganisationKind.CLUSTER) {
            return Optional.empty();
        }
        List<Labelled> labelled = jdbc.sql("""
                        select t.code, t.label, t.type_label, l.nature, l.status, l.labelled_on
                        from catalogue_training_label l join catalogue_training t on t.id = l.training_id
                        where l.cluster_id = ? order by l.status = 'WITHDRAWN', l.labelled_on desc, t.label
                        """)
                .param(organisation.id())
                .query((rs, n) -> new Labelled(rs.getString("code"), rs.getString("label"), rs.getString("type_label"),
                        LabelNature.valueOf(rs.getString("nature")), LabelStatus.valueOf(rs.getString("status")),
                        rs.getObject("labelled_on", LocalDate.class)))
                .list();
        return labelled.isEmpty() ? Optional.empty() : Optional.of(new Panel("training/catalogue/cluster-labels-panel", labelled));
    }
}
