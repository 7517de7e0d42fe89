package dev.aigraph.security;

import java.util.List;

import dev.aigraph.embedded.EmbeddedNeo4jProperties;
import dev.aigraph.system.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may do what over HTTP. Every write under {@code /api} (any method but GET, HEAD and OPTIONS) needs the API key
 * as {@code Authorization: Bearer <key>}, and so does {@code GET /api/backup}; other reads are open unless
 * {@code aigraph.security.protect-reads}. The key is
 * {@code AIGRAPH_API_KEY}; without one, the embedded default generates a key into its data directory (a newcomer is
 * neither locked out nor left open) and server mode refuses to start. Browsers may call the API only from the origins
 * in {@code aigraph.security.cors-origins} (none by default). Refusals are problem details like every other error.
 * The command line works on the services directly and needs no key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiSecurityProperties.class)
class ApiSecurity {

    /** The name of whoever presented the key; there is one key, so one client. */
    static final String CLIENT = "api-client";

    private static final Logger log = LoggerFactory.getLogger(ApiSecurity.class);

    private static final String API = "/api/**";

    private static final String BACKUP = "/api/backup";

    @Bean
    ApiKey apiKey(ApiSecurityProperties properties, EmbeddedNeo4jProperties store) {
        if (!properties.apiKey().isBlank()) {
            return ApiKey.configured(properties.apiKey());
        }
        if (!store.enabled()) {
            throw new ApiKeyException("No API key is set, and in server mode (aigraph.embedded.enabled=false) "
                    + "aigraph does not start with its write endpoints open.");
        }
        var file = store.dataDir().resolve(ApiKey.FILE_NAME).toAbsolutePath().normalize();
        var key = ApiKey.generatedIn(file);
        // The path, never the key: logs travel further than the data directory.
        log.info("Write requests need the API key in {}: send it as 'Authorization: Bearer <key>', e.g. curl -H "
                + "\"Authorization: Bearer $(cat {})\" … (set AIGRAPH_API_KEY to choose your own)", file, file);
        return key;
    }

    // Being an AuthenticationManager also keeps Spring Boot from creating its default user and password.
    @Bean
    AuthenticationManager apiKeyAuthentication(ApiKey key) {
        return presented -> {
            if (presented.getCredentials() instanceof String text && key.matches(text)) {
                return new PreAuthenticatedAuthenticationToken(CLIENT, null, AuthorityUtils.NO_AUTHORITIES);
            }
            throw new BadCredentialsException("the API key sent in 'Authorization: Bearer' is not this server's");
        };
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiSecurityProperties properties, AuthenticationManager keys,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems)
            throws Exception {
        AuthenticationEntryPoint unauthorized = unauthorized(problems);
        return http
                // The key travels in a header a foreign page cannot make a browser send, and there are no cookies
                // or sessions: nothing for CSRF to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(cors(properties.corsOrigins())))
                .addFilterBefore(new BearerKeyFilter(keys, unauthorized), AnonymousAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(HttpMethod.OPTIONS, API).permitAll();
                    // A read, but of everything at once: the backup needs the key however reads are set.
                    rules.requestMatchers(BACKUP).authenticated();
                    if (!properties.protectReads()) {
                        rules.requestMatchers(HttpMethod.GET, API).permitAll();
                        rules.requestMatchers(HttpMethod.HEAD, API).permitAll();
                    }
                    rules.requestMatchers(API).authenticated();
                    // Browser's style and guide, health and info (the only actuator endpoints exposed), the OpenAPI
                    // description and error pages.
                    rules.anyRequest().permitAll();
                })
                .build();
    }

    /** A URL the firewall refuses (encoded slashes, control characters, …) answers 400 saying why, not a blank 400. */
    @Bean
    RequestRejectedHandler requestRejected(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        return (request, response, rejected) -> problems.resolveException(request, response, null,
                ApiProblem.of(HttpStatus.BAD_REQUEST, rejected.getMessage()));
    }

    private static AuthenticationEntryPoint unauthorized(HandlerExceptionResolver problems) {
        return (request, response, failure) -> {
            String detail = failure instanceof BadCredentialsException ? failure.getMessage()
                    : request.getMethod() + " " + request.getRequestURI() + " needs the API key: send "
                    + "'Authorization: Bearer <key>' with the server's key (its AIGRAPH_API_KEY, or on the embedded "
                    + "default the file api-key in its data directory)";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"aigraph\"");
            problems.resolveException(request, response, null, ApiProblem.of(HttpStatus.UNAUTHORIZED, detail));
        };
    }

    /**
     * The API only for the configured origins (a page elsewhere gets no CORS headers and its request is refused);
     * Browser's style and guide for local origins, since Neo4j Browser is served from another port of this machine.
     */
    private static CorsConfigurationSource cors(List<String> apiOrigins) {
        var api = new CorsConfiguration();
        api.setAllowedOrigins(apiOrigins);
        api.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT));
        var browserContent = new CorsConfiguration();
        browserContent.setAllowedOriginPatterns(List.of("http://localhost:*", "http://127.0.0.1:*"));
        browserContent.setAllowedMethods(List.of("GET"));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(API, api);
        source.registerCorsConfiguration("/browser/**", browserContent);
        return source;
    }
}
