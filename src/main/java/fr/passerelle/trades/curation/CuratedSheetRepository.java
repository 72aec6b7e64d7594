package fr.passerelle.trades.curation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CuratedSheetRepository extends JpaRepository<CuratedSheet, UUID> {

    List<CuratedSheet> findByOwnerKindAndOwnerIdOrderByPosition(Owner.Kind kind, UUID ownerId);

    Optional<CuratedSheet> findByOwnerKindAndOwnerIdAndTradeCode(Owner.Kind kind, UUID ownerId, String tradeCode);

    List<CuratedSheet> findByTradeCodeIn(Collection<String> codes);

    /** The sheets that highlight one of these ROME skills. */
    @org.springframework.data.jpa.repository.Query("select distinct s from CuratedSheet s join s.skills k where k in :ogrs")
    List<CuratedSheet> findHighlighting(Collection<Integer> ogrs);
}
