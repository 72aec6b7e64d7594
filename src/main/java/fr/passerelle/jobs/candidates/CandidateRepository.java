package fr.passerelle.jobs.candidates;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, UUID> {

    Optional<Candidate> findByAccountId(UUID accountId);
}
