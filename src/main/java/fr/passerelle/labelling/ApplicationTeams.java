package fr.passerelle.labelling;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The promoters' team of a dossier beyond the territory's staff: the future director of a new campus, partners' accounts. */
@Service
class ApplicationTeams {

    /** The accounts promoters may add to their team. */
    static final Set<Role> TEAM_ROLES = EnumSet.of(Role.OPERATIONAL_DIRECTOR, Role.PARTNER_MEMBER);

    private final ApplicationRepository repository;
    private final ApplicationQueries queries;
    private final ApplicationRecords records;
    private final Accounts accounts;
    private final AuditTrail audit;

    ApplicationTeams(ApplicationRepository repository, ApplicationQueries queries, ApplicationRecords records, Accounts accounts, AuditTrail audit) {
        this.repository = repository;
        this.queries = queries;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
    }

    // --- the promoters' team ----------------------------------------------------------------------------------------

    /**
     * Adds an account to the promoters of the dossier: the future director of a new campus, often from its support
     * establishment (an operational director's or a partner member's account). Experts and the administration, who
     * review dossiers, are never promoters.
     */
    @Transactional
    void addToTeam(Actor actor, UUID id, UUID accountId) {
        promoterOf(actor, id);
        repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).checkTeamOpen();
        Actor member = accounts.byId(accountId == null ? new UUID(0, 0) : accountId).filter(a -> TEAM_ROLES.contains(a.role()))
                .orElseThrow(() -> new BusinessRuleException("accountId", "Choisissez le compte d'une direction opérationnelle ou d'un membre partenaire."));
        if (!records.addToTeam(id, accountId, actor.displayName())) {
            throw new BusinessRuleException("accountId", member.displayName() + " fait déjà partie de l'équipe.");
        }
        audit.record(Applications.AUDITED, id, "EQUIPE_AJOUT", "Équipe projet : " + member.displayName() + " ajouté·e",
                List.of(new AuditTrail.Change("Équipe projet", null, member.displayName())));
    }

    @Transactional
    void removeFromTeam(Actor actor, UUID id, UUID accountId) {
        promoterOf(actor, id);
        String name = accounts.byId(accountId).map(Actor::displayName).orElse("un compte");
        if (!records.removeFromTeam(id, accountId)) {
            throw new BusinessRuleException(null, "Ce compte ne fait plus partie de l'équipe.");
        }
        audit.record(Applications.AUDITED, id, "EQUIPE_RETRAIT", "Équipe projet : " + name + " retiré·e", List.of(new AuditTrail.Change("Équipe projet", name, null)));
    }

    private ApplicationView promoterOf(Actor actor, UUID id) {
        ApplicationView dossier = queries.readable(actor, id);
        if (!ApplicationPermissions.isPromoter(actor, dossier)) {
            throw new AccessDeniedException("Seuls les porteurs du dossier composent son équipe.");
        }
        return dossier;
    }

}
