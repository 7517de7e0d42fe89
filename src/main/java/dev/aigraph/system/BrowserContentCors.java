package dev.aigraph.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets Neo4j Browser, served from another port of this machine, fetch aigraph's style and guide from
 * {@code /browser/}: read-only static files, allowed only for local origins.
 */
@Configuration(proxyBeanMethods = false)
class BrowserContentCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/browser/**").allowedOriginPatterns("http://localhost:*", "http://127.0.0.1:*")
                .allowedMethods("GET");
    }
}
