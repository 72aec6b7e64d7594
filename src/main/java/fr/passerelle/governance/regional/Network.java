package fr.passerelle.governance.regional;

import fr.passerelle.campus.Sector;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A national thematic network of campuses: a sector, a name, its member campuses and the person who represents it
 * nationally. It meets as a governing body of its own (kind {@code NATIONAL_NETWORK}).
 */
@Entity
@Table(name = "campus_network")
class Network {

    @Id
    private UUID id;
    private String name;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    private UUID representativePersonId;
    private Instant createdAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "campus_network_member", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "campus_id")
    private Set<UUID> campusIds = new LinkedHashSet<>();

    protected Network() {
    }

    static Network create(String name, Sector sector, UUID representativePersonId, Instant now) {
        var network = new Network();
        network.id = UUID.randomUUID();
        network.createdAt = now;
        network.describe(name, sector, representativePersonId);
        return network;
    }

    /** Names the network, gives its sector and its national representative (or none yet). */
    void describe(String name, Sector sector, UUID representativePersonId) {
        String clean = Text.trimToNull(name);
        if (clean == null) {
            throw new BusinessRuleException("name", "Le nom du réseau est obligatoire.");
        }
        if (Text.longerThan(clean, 255)) {
            throw new BusinessRuleException("name", Text.tooLong("Le nom du réseau", clean, 255));
        }
        if (sector == null) {
            throw new BusinessRuleException("sector", "Choisissez la filière du réseau.");
        }
        this.name = clean;
        this.sector = sector;
        this.representativePersonId = representativePersonId;
    }

    /** Adds a campus to the network; refused when it already belongs to it. */
    void join(UUID campusId, String campusName) {
        if (!campusIds.add(campusId)) {
            throw new BusinessRuleException("campusId", campusName + " est déjà membre du réseau.");
        }
    }

    /** Takes a campus out of the network. */
    void leave(UUID campusId) {
        if (!campusIds.remove(campusId)) {
            throw new BusinessRuleException(null, "Ce campus n'est plus membre du réseau.");
        }
    }

    UUID id() {
        return id;
    }

    String name() {
        return name;
    }

    Sector sector() {
        return sector;
    }

    UUID representativePersonId() {
        return representativePersonId;
    }

    long version() {
        return version;
    }

    Set<UUID> campusIds() {
        return Set.copyOf(campusIds);
    }
}
