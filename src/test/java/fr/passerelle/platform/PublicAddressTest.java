package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The absolute addresses the platform writes out start with {@code passerelle.public-url}, never with the Host a
 * request names (a forged one included); redirects stay relative.
 */
@PasserelleIntegrationTest
class PublicAddressTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PasserelleProperties properties;

    @Test
    void theApiDescriptionNamesThePublicAddressWhateverTheHost() throws Exception {
        String description = mvc.perform(get("/v3/api-docs").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers.length()").value(1))
                .andExpect(jsonPath("$.servers[0].url").value(properties.publicBaseUrl()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(description).doesNotContain("evil.example");
    }

    @Test
    void theRedirectToTheLoginPageIsRelativeWhateverTheHost() throws Exception {
        mvc.perform(get("/gestion").header("Host", "evil.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/connexion"));
    }
}
