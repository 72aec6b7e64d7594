package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The back-office list of campuses flags, for the regional coordination and the national administration, a campus without an operational director. */
@PasserelleIntegrationTest
class CampusesPanelTest {

    @Autowired
    CampusRegistry registry;
    @Autowired
    CampusesPanel panel;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aCampusWithoutADirectorIsFlaggedOnTheRegionalAndNationalLists() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // Named to come first in the list, which is sorted by name.
        CampusCard without = registry.create(TestActors.nationalAdmin(), new CampusIdentity("0 Campus sans direction " + suffix, Sector.FOOD, "32", "09",
                "59350", "Lille", null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null));
        CampusCard with = registry.create(TestActors.nationalAdmin(), new CampusIdentity("0 Campus dirigé " + suffix, Sector.FOOD, "32", "09",
                "59350", "Lille", null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null,
                "Camille Exemple", "camille@example.org", null));

        for (var actor : new fr.passerelle.identity.Actor[] {TestActors.nationalAdmin(), TestActors.coordinatorOf("32")}) {
            var data = (CampusesPanel.Data) panel.panel(actor).orElseThrow().data();
            var listed = data.campuses().stream().filter(s -> s.card().id().equals(without.id()) || s.card().id().equals(with.id())).toList();
            assertThat(listed).hasSize(2);
            assertThat(listed).allSatisfy(s -> assertThat(data.withoutDirector(s)).isEqualTo(s.card().id().equals(without.id())));
        }
        mvc.perform(get("/gestion").with(as(users, "coordination")))
                .andExpect(content().string(containsString("id=\"no-director-" + without.id() + "\"")))
                .andExpect(content().string(containsString("Sans directeur opérationnel")));
    }
}
