package fr.passerelle.identity;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;
    private String username;
    private String email;
    private String displayName;
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    private String regionCode;
    private String academyCode;
    private UUID campusId;
    private UUID organisationId;
    /** The campuses a DREETS correspondent follows. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_followed_campus", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "campus_id")
    private Set<UUID> followedCampusIds = new LinkedHashSet<>();
    private boolean enabled;
    /** How many times the password was set; a session opened with an older one is closed ({@link FreshActorFilter}). */
    private int passwordVersion;
    @Version
    private long version;
    private Instant createdAt;
    /** When its owner confirmed the e-mail address; an account opened by the administration is confirmed when opened. */
    private Instant emailConfirmedAt;

    protected Account() {
    }

    static Account open(NewAccount request, String passwordHash, Instant now) {
        var account = new Account();
        account.id = UUID.randomUUID();
        account.username = request.username().strip().toLowerCase(java.util.Locale.ROOT);
        account.email = request.email().strip().toLowerCase(java.util.Locale.ROOT);
        account.displayName = request.displayName().strip();
        account.passwordHash = passwordHash;
        account.role = request.role();
        account.regionCode = request.regionCode();
        account.academyCode = request.academyCode();
        account.campusId = request.campusId();
        account.organisationId = request.organisationId();
        account.followedCampusIds.addAll(request.followedCampusIds());
        account.enabled = true;
        account.createdAt = now;
        account.emailConfirmedAt = now;
        return account;
    }

    /** An account its owner opens themselves: it logs in once they confirm its e-mail address. */
    static Account register(NewAccount request, String passwordHash, Instant now) {
        Account account = open(request, passwordHash, now);
        account.emailConfirmedAt = null;
        return account;
    }

    /** Its owner proved the e-mail address is theirs, through the link e-mailed to it; returns whether it was not yet. */
    boolean confirmEmail(Instant now) {
        if (emailConfirmedAt != null) {
            return false;
        }
        emailConfirmedAt = now;
        return true;
    }

    boolean emailConfirmed() {
        return emailConfirmedAt != null;
    }

    /** Whether it may log in and act: enabled and its e-mail address confirmed. */
    boolean usable() {
        return enabled && emailConfirmedAt != null;
    }

    Role role() {
        return role;
    }

    Instant createdAt() {
        return createdAt;
    }

    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Its owner sets a new password (already hashed), through a link e-mailed to them: sessions opened with the old one
     * are closed on their next request. Only an enabled account that logs in with a password has one to change.
     */
    void changePassword(String newHash) {
        if (!enabled) {
            throw new BusinessRuleException(null, "Ce compte est désactivé : adressez-vous à l'administration nationale de Passerelle.");
        }
        if (passwordHash == null) {
            throw new BusinessRuleException(null, "Ce compte se connecte par OpenID Connect : il n'a pas de mot de passe Passerelle.");
        }
        this.passwordHash = newHash;
        this.passwordVersion++;
    }

    /** A DREETS correspondent's campuses change; returns whether they did. */
    boolean follow(Set<UUID> campuses) {
        if (role != Role.LABOUR_CORRESPONDENT) {
            throw new BusinessRuleException(null, "Seul·e un·e correspondant·e DREETS suit des campus.");
        }
        if (campuses.isEmpty()) {
            throw new BusinessRuleException("followedCampusIds", "Choisissez au moins un campus suivi par le ou la correspondant·e DREETS.");
        }
        if (followedCampusIds.equals(campuses)) {
            return false;
        }
        followedCampusIds.clear();
        followedCampusIds.addAll(campuses);
        return true;
    }

    Set<UUID> followedCampusIds() {
        return Set.copyOf(followedCampusIds);
    }

    int passwordVersion() {
        return passwordVersion;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    UUID id() {
        return id;
    }

    Actor actor() {
        return new Actor(id, username, displayName, role, regionCode, academyCode, campusId, organisationId, email, followedCampusIds);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }
}
