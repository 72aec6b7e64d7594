package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.labelling.TextDiff.Kind;
import fr.passerelle.labelling.TextDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void aSentenceAddedInsideAParagraphIsTheOnlyPassageMarkedAdded() {
        String before = "Le campus réunit douze lycées.\nLa gouvernance est assurée par un comité.";
        String after = "Le campus réunit douze lycées.\nLa gouvernance est assurée par un comité. Il se réunit deux fois par an.";

        List<List<Line>> passages = TextDiff.changedPassages(before, after);

        assertThat(passages).hasSize(1);
        assertThat(passages.get(0)).containsExactly(
                new Line(Kind.SAME, "La gouvernance est assurée par un comité."),
                new Line(Kind.ADDED, " Il se réunit deux fois par an."));
    }

    @Test
    void aWordReplacedShowsTheOldWordRemovedAndTheNewOneAdded() {
        assertThat(TextDiff.words("trois lycées partenaires", "quatre lycées partenaires")).containsExactly(
                new Line(Kind.REMOVED, "trois"), new Line(Kind.ADDED, "quatre"), new Line(Kind.SAME, " lycées partenaires"));
    }

    @Test
    void unchangedTextsHaveNoPassage() {
        assertThat(TextDiff.changedPassages("Un texte.\nDeux lignes.", "Un texte.\nDeux lignes.")).isEmpty();
        assertThat(TextDiff.changedPassages(null, null)).isEmpty();
    }

    @Test
    void aTextWrittenForTheFirstTimeIsOnePassageAdded() {
        assertThat(TextDiff.changedPassages(null, "Nouveau texte.")).containsExactly(List.of(new Line(Kind.ADDED, "Nouveau texte.")));
    }

    @Test
    void separateChangesGiveSeparatePassages() {
        String before = "A un.\nB deux.\nC trois.\nD quatre.";
        String after = "A un.\nB deux bis.\nC trois.\nD quatre et plus.";
        assertThat(TextDiff.changedPassages(before, after)).hasSize(2);
    }

    @Test
    void passagesTooLongForAWordDiffAreShownWhole() {
        String before = "mot ".repeat(TextDiff.WORD_DIFF_LIMIT + 1).strip();
        String after = before + " fin";
        assertThat(TextDiff.words(before, after)).extracting(Line::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }
}
