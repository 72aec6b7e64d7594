package fr.passerelle.labelling;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, UUID> {
}
