package fr.passerelle.browser.pages;

import java.time.LocalDate;
import java.util.UUID;

/** The members of a cluster in the back office ({@code /gestion/clusters/{id}/membres}), kept by its staff. */
public final class ClusterMembersPage extends Page {

    ClusterMembersPage(Browser browser) {
        super(browser);
    }

    public static ClusterMembersPage open(Browser browser, UUID clusterId) {
        browser.open("/gestion/clusters/" + clusterId + "/membres");
        return new ClusterMembersPage(browser);
    }

    /** Adds the organisation found by the search as a member since the day given, in the sub-cluster chosen by its name, named publicly. */
    public ClusterMembersPage addMember(String search, String expectedName, String branch, LocalDate since) {
        new SearchPicker(browser, "organisationId").search(search).expectResult(expectedName).chooseFirst();
        selectText("branchId", branch);
        setDate("since", since);
        check("listed");
        click("add-member");
        return this;
    }

    /** The table of the memberships shown. */
    public String members() {
        return text("members");
    }
}
