package fr.passerelle.governance.documents;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusPagePanel;
import fr.passerelle.campus.CampusRegistry;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public documents of a campus: listed on its public page, downloaded without login at
 * {@code /campus/{slug}/documents/{id}}. Any other document is answered as if it did not exist.
 */
@Controller
class PublicDocuments implements CampusPagePanel {

    private final DocumentLibrary library;
    private final CampusRegistry registry;

    PublicDocuments(DocumentLibrary library, CampusRegistry registry) {
        this.library = library;
        this.registry = registry;
    }

    /** What the panel shows: the campus's slug for the links, and its public documents. */
    record Data(String slug, List<DocumentLibrary.DocumentView> documents) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Panel> panel(CampusCard campus) {
        var documents = library.publicDocuments(campus.id());
        return documents.isEmpty() ? Optional.empty()
                : Optional.of(new Panel("governance/documents-panel", new Data(campus.slug(), documents)));
    }

    @GetMapping("/campus/{slug}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable UUID documentId) {
        CampusCard campus = registry.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return library.file(campus.id(), documentId, null)
                .filter(f -> f.visibility() == fr.passerelle.governance.Visibility.PUBLIC)
                .map(DocumentController::attachment)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
