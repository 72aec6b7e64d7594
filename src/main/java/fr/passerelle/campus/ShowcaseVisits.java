package fr.passerelle.campus;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The showcase counter: each public page of a campus ({@code /campus/{slug}} and its public sub-pages) shown as HTML
 * (GET answered 200 in {@code text/html}) adds one to the campus's count of the day (Europe/Paris), in one upsert that
 * several nodes may run at once. Nothing of the visitor is read but the user agent, to leave out robots that say what
 * they are, and nothing of the visitor is kept: no cookie, no IP, no identifier. A failing count never fails the page.
 * Indicators read the counts through the view {@code indicator_source_page_view}.
 */
@Component
class ShowcaseVisits extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ShowcaseVisits.class);
    private static final Pattern CAMPUS_PAGE = Pattern.compile("^/campus/([a-z0-9][a-z0-9-]*)(/[^.]*)?$");
    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|scrap|curl|wget|python|java/|httpclient|okhttp|go-http|libwww|headless|lighthouse|pingdom|uptime|monitor"
                    + "|facebookexternalhit|embedly|preview|feed|archiver", Pattern.CASE_INSENSITIVE);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final Clock clock;

    ShowcaseVisits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a user agent is a robot's (or none is given): its views are not counted. */
    static boolean isRobot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find();
    }

    /** The slug of the campus whose public page the path is, or null. */
    static String slugOf(String path) {
        Matcher matcher = CAMPUS_PAGE.matcher(path);
        return matcher.matches() ? matcher.group(1) : null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || slugOf(path(request)) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String contentType = response.getContentType();
        if (response.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.startsWith("text/html")
                && !isRobot(request.getHeader("User-Agent"))) {
            count(slugOf(path(request)));
        }
    }

    private void count(String slug) {
        try {
            jdbc.sql("""
                    insert into campus_page_view (campus_id, day, views)
                    select id, :day, 1 from campus where slug = :slug
                    on conflict (campus_id, day) do update set views = campus_page_view.views + 1""")
                    .param("day", LocalDate.now(clock.withZone(PARIS))).param("slug", slug).update();
        } catch (DataAccessException e) {
            LOG.warn("Showcase view of campus {} not counted: {}", slug, e.getMessage());
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
