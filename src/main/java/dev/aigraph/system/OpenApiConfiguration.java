package dev.aigraph.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /api-docs} (Swagger UI: {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI aigraphOpenApi() {
        return new OpenAPI().info(new Info().title("aigraph API")
                .description("A knowledge graph of the AI industry's relationships: add statements and facts, "
                        + "ask what depends on what. Every fact is typed, dated and sourced.")
                .version("v1")
                .license(new License().name("GPL-3.0 (embeds Neo4j Community)")));
    }
}
