package fr.passerelle.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the API names the platform at its public address ({@code passerelle.public-url}), not at
 * the Host of the request that asked for it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI passerelleApi(PasserelleProperties properties) {
        return new OpenAPI()
                .info(new Info().title("API Passerelle")
                        .description("Registre national des Campus des métiers et des qualifications, appels à projets et décisions de labellisation.")
                        .version("v1"))
                .servers(List.of(new Server().url(properties.publicBaseUrl()).description("Passerelle")));
    }
}
