package fr.passerelle.governance.regional;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, UUID> {

    List<Network> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
