package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadedFileTest {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] TEXT = "nom;filiere\nA;B\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void controlAndBidirectionalCharactersAndFoldersLeaveTheName() {
        // U+202E shows "rapport.exe.pdf" as "rapport.fdp.exe"
        UploadedFile file = UploadedFile.check("C:\\Users\\x\\rap\u202Eport\u200F\u0000\u2066.pdf", PDF, 1_000, UploadedFile.DOCUMENTS);
        assertThat(file.name()).isEqualTo("rapport.pdf");
        assertThat(UploadedFile.check("../../etc/pass\u0007wd.pdf", PDF, 1_000, UploadedFile.DOCUMENTS).name()).isEqualTo("passwd.pdf");
        assertThat(UploadedFile.check("a:b*c?.pdf", PDF, 1_000, UploadedFile.DOCUMENTS).name()).isEqualTo("a_b_c_.pdf");
    }

    @Test
    void pagesVectorImagesAndScriptsAreRefusedWhateverTheyHold() {
        for (String name : new String[] {"page.html", "page.HTM", "dessin.svg", "script.js", "page.xhtml"}) {
            assertThatThrownBy(() -> UploadedFile.check(name, TEXT, 1_000, UploadedFile.DOCUMENTS))
                    .isInstanceOf(UploadedFile.RejectedFile.class).hasMessageContaining("ne sont pas acceptés");
        }
    }

    @Test
    void aTooLongNameHasItsOwnMessage() {
        assertThatThrownBy(() -> UploadedFile.check("x".repeat(300) + ".pdf", PDF, 1_000, UploadedFile.DOCUMENTS))
                .hasMessage("Le nom du fichier compte 304 caractères : 200 au plus. Renommez le fichier puis envoyez-le à nouveau.");
        assertThat(UploadedFile.check("x".repeat(196) + ".pdf", PDF, 1_000, UploadedFile.DOCUMENTS).name()).hasSize(200);
    }

    @Test
    void theTypeIsStillReadFromTheContentNotTheName() {
        assertThat(UploadedFile.check("compte-rendu.pdf", PDF, 1_000, UploadedFile.DOCUMENTS).type()).isEqualTo(UploadedFile.FileType.PDF);
        assertThat(UploadedFile.check("liste.csv", TEXT, 1_000, UploadedFile.DOCUMENTS).type()).isEqualTo(UploadedFile.FileType.CSV);
        assertThatThrownBy(() -> UploadedFile.check("faux.pdf", TEXT, 1_000, Set.of(UploadedFile.FileType.PDF)))
                .hasMessage("Le fichier « faux.pdf » n'est pas un PDF.");
        assertThatThrownBy(() -> UploadedFile.check("vide.pdf", new byte[0], 1_000, UploadedFile.DOCUMENTS)).hasMessage("Le fichier « vide.pdf » est vide.");
    }
}
