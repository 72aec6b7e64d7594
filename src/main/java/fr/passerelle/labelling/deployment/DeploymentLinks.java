package fr.passerelle.labelling.deployment;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The link to a région's deployment plan that labelling's other pages (the board of dossiers, the statistics of a call)
 * show, only to those who may open it: the plan of the région they look at, or else of their own région.
 */
@Component
public class DeploymentLinks {

    private final RegionalDeployment deployment;

    DeploymentLinks(RegionalDeployment deployment) {
        this.deployment = deployment;
    }

    /** The address of the plans of {@code regionCode} (or, when blank, of the actor's own région), if the actor may read them. */
    public Optional<String> plansOf(Actor actor, String regionCode) {
        String region = regionCode != null && !regionCode.isBlank() ? regionCode.strip() : ownRegion(actor);
        if (region == null || !deployment.access(actor, region).read()) {
            return Optional.empty();
        }
        return Optional.of(DeploymentController.ROOT.replace("{regionCode}", region));
    }

    private String ownRegion(Actor actor) {
        if (actor.role() == Role.ACADEMY_REFERENT) {
            return deployment.regionOfAcademy(actor.academyCode());
        }
        return actor.regionCode();
    }
}
