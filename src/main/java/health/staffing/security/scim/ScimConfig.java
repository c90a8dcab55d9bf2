package health.staffing.security.scim;

import health.staffing.security.ScimProvisioning;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The SCIM endpoint's own security: no session, no CSRF (a bearer token is not sent by a browser on its
 * own), and only a request with {@code Authorization: Bearer <PORTAL_SCIM_TOKEN>} gets through. With no
 * token configured (the default) every request is refused.
 */
@Configuration(proxyBeanMethods = false)
class ScimConfig {

    /** The actor named in the audit trail for what the identity service does. */
    static final String ACTOR = "scim-provisioning";
    /** A shorter token is refused at start-up: it would be guessable. */
    static final int MIN_TOKEN_LENGTH = 32;

    @Bean
    @Order(1)
    SecurityFilterChain scimEndpoint(HttpSecurity http, @Value("${portal.scim.token:}") String token) throws Exception {
        if (!token.isBlank() && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalStateException("PORTAL_SCIM_TOKEN must be at least " + MIN_TOKEN_LENGTH + " characters.");
        }
        byte[] expected = token.strip().getBytes(StandardCharsets.UTF_8);
        http.securityMatcher(ScimUsersController.BASE + "/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerToken(expected), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ScimProvisioning.ROLE))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> ScimErrors.write(response, 401,
                                null, "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, refused) -> ScimErrors.write(response, 401, null,
                                "A valid bearer token is required.")));
        return http.build();
    }

    /** Signs the request in as the identity service when it carries the configured token. */
    private static final class BearerToken extends OncePerRequestFilter {

        private final byte[] expected;

        BearerToken(byte[] expected) {
            this.expected = expected;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (expected.length > 0 && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(expected, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + ScimProvisioning.ROLE))));
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
