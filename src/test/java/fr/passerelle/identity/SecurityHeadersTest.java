package fr.passerelle.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

/** Every page says which referrer to send and which browser features it never uses, and runs no inline script. */
@PasserelleIntegrationTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\b(src|th:src)=)(?![^>]*type=\"application/(ld\\+)?json\")[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Test
    void aPublicPageSaysWhichReferrerToSendAndDeniesTheBrowserFeaturesItNeverUses() throws Exception {
        String permissions = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getHeader("Permissions-Policy");
        assertThat(permissions).contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
    }

    @Test
    void scriptsRunOnlyFromTheFilesOfThePlatform() throws Exception {
        String policy = mvc.perform(get("/campus")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        String scriptSrc = Arrays.stream(policy.split(";")).map(String::strip)
                .filter(directive -> directive.startsWith("script-src ")).findFirst().orElseThrow();
        assertThat(scriptSrc).isEqualTo("script-src 'self'");
        assertThat(policy).contains("object-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    void noTemplateHasAnInlineScriptAnEventHandlerAttributeOrAJavascriptUrl() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        List<String> offences = new ArrayList<>();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(INLINE_SCRIPT, EVENT_HANDLER, SCRIPT_URL)) {
                var matcher = pattern.matcher(html);
                while (matcher.find()) {
                    offences.add(template.getFilename() + ": " + matcher.group());
                }
            }
        }
        assertThat(offences).as("blocked by script-src 'self': move the code to a file under static/js").isEmpty();
    }
}
