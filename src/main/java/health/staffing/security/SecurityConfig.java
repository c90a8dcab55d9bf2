package health.staffing.security;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import health.staffing.base.AuditLog;
import health.staffing.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login through Vaadin's login view. Every view declares who may open it ({@code @RolesAllowed},
 * read by Vaadin's navigation access control) and every service checks again with
 * {@code @PreAuthorize}, so hiding a menu entry is never the only guard.
 * <p>
 * JSR-250 method security stays off on purpose: with it, Spring would proxy every view that carries
 * {@code @RolesAllowed}, and Vaadin views must not be proxies.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What a page may load and run. Vaadin's bootstrap page carries inline script and its client runs
     * server-sent JavaScript through {@code new Function}, so scripts need 'unsafe-inline' and
     * 'unsafe-eval' (no nonce support in Flow); everything else is locked to the portal itself.
     * Images only from the portal or data: URLs, so a posting cannot carry a tracking pixel;
     * nobody may frame the portal (clickjacking).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)";
    static final long HSTS_SECONDS = 31_536_000;
    static final String STRICT_TRANSPORT_SECURITY = "max-age=" + HSTS_SECONDS + " ; includeSubDomains";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn,
            SessionRegistry sessionRegistry) throws Exception {
        // Only the throttled, audited check: no other provider may answer a sign-in it refused.
        http.authenticationManager(signIn);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Sent on HTTPS requests only, which behind a TLS proxy needs the forwarded headers (prod).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_SECONDS)));
        // Every session is registered under its account, so disabling it or resetting its password
        // ends the account's sessions (AccountSessions); no limit on how many a person opens.
        http.sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl(LoginView.SIGNED_OUT_BY_CHANGE));
        // Any address reaches Vaadin for a signed-in person (Vaadin checks each view's roles), so an
        // unknown one gets the portal's page with a 404 from PageStatusFilter, not an empty 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /** Runs after Spring Security, so it knows who is signed in. */
    @Bean
    FilterRegistrationBean<PageStatusFilter> pageStatusFilter(AccessAnnotationChecker access) {
        return new FilterRegistrationBean<>(new PageStatusFilter(access));
    }

    /** The sign-in form's password check, throttled and audited; the only way to sign in. */
    @Bean
    AuthenticationManager authenticationManager(DatabaseUserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditLog auditLog) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new AuditedSignIn(passwords, throttle, auditLog));
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends (sign-out, idle timeout), so it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt for new hashes; the {id} prefix lets a later upgrade (Argon2) verify old ones. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
