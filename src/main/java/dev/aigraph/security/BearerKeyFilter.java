package dev.aigraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <key>}. A right key authenticates the request; a wrong key or another scheme is
 * answered 401 at once, whatever the path, as an OAuth bearer resource server does: a client that sends a key should
 * learn that it is wrong. Without the header the request goes on anonymous, and the rules decide.
 */
final class BearerKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final AuthenticationManager keys;
    private final AuthenticationEntryPoint unauthorized;

    BearerKeyFilter(AuthenticationManager keys, AuthenticationEntryPoint unauthorized) {
        this.keys = keys;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length()) || header.substring(BEARER.length())
                    .isBlank()) {
                throw new BadCredentialsException("the Authorization header must be 'Bearer <key>' with the API key");
            }
            var authenticated = keys.authenticate(new PreAuthenticatedAuthenticationToken(ApiSecurity.CLIENT,
                    header.substring(BEARER.length()).strip()));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authenticated);
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException refused) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }
}
