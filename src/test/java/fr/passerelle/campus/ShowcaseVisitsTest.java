package fr.passerelle.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The showcase counter counts each public page of a campus shown to a person, once, and nothing else. */
@PasserelleIntegrationTest
class ShowcaseVisitsTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @Autowired
    MockMvc mvc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long viewsToday(CampusCard campus) {
        return jdbc.sql("select coalesce(sum(views), 0) from indicator_source_page_view where campus_id = :c and day = :d")
                .param("c", campus.id()).param("d", LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")))).query(Long.class).single();
    }

    @Test
    void eachViewOfAPublicPageByAPersonCountsOnceAndRobotsOrOtherFilesDoNot() throws Exception {
        CampusCard campus = registry.all().get(0);
        long before = viewsToday(campus);

        mvc.perform(get("/campus/" + campus.slug()).header("User-Agent", BROWSER)).andExpect(status().isOk());
        assertThat(viewsToday(campus)).isEqualTo(before + 1);
        mvc.perform(get("/campus/" + campus.slug()).header("User-Agent", BROWSER)).andExpect(status().isOk());
        assertThat(viewsToday(campus)).isEqualTo(before + 2);

        mvc.perform(get("/campus/" + campus.slug()).header("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .andExpect(status().isOk());
        mvc.perform(get("/campus/" + campus.slug())).andExpect(status().isOk());
        mvc.perform(get("/campus/" + campus.slug() + "/agenda.ics").header("User-Agent", BROWSER));
        mvc.perform(get("/campus/campus-qui-n-existe-pas").header("User-Agent", BROWSER));
        assertThat(viewsToday(campus)).isEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from campus_page_view v left join campus c on c.id = v.campus_id where c.id is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void robotsAreToldByTheirUserAgentAndOnlyCampusPagesAreCounted() {
        assertThat(ShowcaseVisits.isRobot("Mozilla/5.0 (compatible; bingbot/2.0)")).isTrue();
        assertThat(ShowcaseVisits.isRobot("curl/8.5.0")).isTrue();
        assertThat(ShowcaseVisits.isRobot(null)).isTrue();
        assertThat(ShowcaseVisits.isRobot(BROWSER)).isFalse();
        assertThat(ShowcaseVisits.slugOf("/campus/numerique-lille")).isEqualTo("numerique-lille");
        assertThat(ShowcaseVisits.slugOf("/campus/numerique-lille/metiers")).isEqualTo("numerique-lille");
        assertThat(ShowcaseVisits.slugOf("/campus/numerique-lille/agenda.ics")).isNull();
        assertThat(ShowcaseVisits.slugOf("/campus")).isNull();
        assertThat(ShowcaseVisits.slugOf("/gestion/campus/x")).isNull();
    }
}
