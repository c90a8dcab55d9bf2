package health.staffing.security;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import health.staffing.base.AuditLog;
import health.staffing.security.SignInRefused.Reason;
import health.staffing.security.sso.DirectorySignIns;
import health.staffing.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login through Vaadin's login view, single sign-on through the organisation's OpenID provider when
 * one is configured ({@code security.sso}), and the form's check against LDAP when that is. Every view
 * declares who may open it ({@code @RolesAllowed}, read by Vaadin's navigation access control) and every
 * service checks again with {@code @PreAuthorize}, so hiding a menu entry is never the only guard.
 * <p>
 * JSR-250 method security stays off on purpose: with it, Spring would proxy every view that carries
 * {@code @RolesAllowed}, and Vaadin views must not be proxies.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({SignInSettings.class, DirectoryGroups.class})
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String LOGIN = "/login";

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

    /**
     * The operations endpoints (Actuator) before everything else: health and metrics answer load
     * balancers, orchestrators and Prometheus without a sign-in, never create a session (a probe every
     * few seconds would otherwise fill the session store) and show their details to administrators
     * only; every other endpoint is for administrators. Production serves them on their own port
     * ({@code PORTAL_MANAGEMENT_PORT}), which the proxy does not forward.
     */
    @Bean
    @Order(1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, AuthenticationManager signIn) throws Exception {
        http.authenticationManager(signIn);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "prometheus", "info")).permitAll()
                        .anyRequest().hasRole(AppRoles.ADMIN))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> { });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn,
            SessionRegistry sessionRegistry, DirectorySignIns directory) throws Exception {
        // Only the throttled, audited check (and single sign-on's code exchange): no other provider may answer
        // a sign-in it refused.
        http.authenticationManager(signIn);
        ClientRegistrationRepository provider = directory.ssoProvider();
        OAuth2UserService<OidcUserRequest, OidcUser> oidcSignIn = directory.ssoUsers();
        if (provider != null && oidcSignIn != null) {
            http.oauth2Login(sso -> sso.loginPage(LOGIN)
                    .clientRegistrationRepository(provider)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcSignIn))
                    .failureHandler(SecurityConfig::ssoRefused));
        }
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
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).anyRequest(any -> any.authenticated());
            if (provider != null) {
                // RP-initiated sign-out: the provider's session ends too, then it sends the person back here.
                var signOut = new OidcClientInitiatedLogoutSuccessHandler(provider);
                signOut.setPostLogoutRedirectUri("{baseUrl}" + LoginView.SIGNED_OUT);
                signOut.setDefaultTargetUrl(LOGIN);
                // Sign-out runs in a Vaadin request: the browser must be told to leave, not sent a 302.
                signOut.setRedirectStrategy(new UidlRedirectStrategy());
                vaadin.logoutSuccessHandler(signOut);
            }
        });
        // A wrong password says "?error"; someone the directory vouched for but the portal refuses is told why.
        // Set after Vaadin's configurer is added: set before, the form's defaults are decided before Vaadin names
        // its sign-in page, and Spring switches its own generated one on.
        http.formLogin(form -> form.failureHandler((request, response, refused) -> {
            if (refused instanceof SignInRefused byPortal) {
                sendRefused(request, response, byPortal.reason());
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN + "?error");
            }
        }));
        return http.build();
    }

    /** The provider signed someone in whom the portal refuses: the sign-in page says why. */
    private static void ssoRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) throws IOException {
        if (!(refused.getCause() instanceof SignInRefused)) { // a refusal is audited; a failure is the operator's
            log.warn("Single sign-on failed: {}", refused.getMessage(), refused);
        }
        sendRefused(request, response, refused instanceof OAuth2AuthenticationException oauth
                ? Reason.ofCode(oauth.getError().getErrorCode()) : Reason.FAILED);
    }

    private static void sendRefused(HttpServletRequest request, HttpServletResponse response, Reason reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + LOGIN + "?" + LoginView.SSO_REFUSED + "=" + reason.code());
    }

    /** Runs after Spring Security, so it knows who is signed in. */
    @Bean
    FilterRegistrationBean<PageStatusFilter> pageStatusFilter(AccessAnnotationChecker access) {
        return new FilterRegistrationBean<>(new PageStatusFilter(access));
    }

    /** The user and request id of every log line; right after Spring Security, before the pages. */
    @Bean
    FilterRegistrationBean<RequestLogContext> requestLogContext() {
        FilterRegistrationBean<RequestLogContext> filter = new FilterRegistrationBean<>(new RequestLogContext());
        filter.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return filter;
    }

    /**
     * The sign-in form's password check, throttled and audited: the directory's (LDAP) first when there is
     * one, then the portal's own passwords (for everyone, or only the emergency administrators).
     */
    @Bean
    AuthenticationManager authenticationManager(DatabaseUserDetailsService users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditLog auditLog, DirectorySignIns directory, UserAccountRepository accounts,
            Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        List<AuthenticationProvider> checks = new ArrayList<>();
        if (directory.ldap() != null) {
            checks.add(directory.ldap());
        }
        checks.add(passwords);
        List<AuthenticationProvider> signIns = new ArrayList<>(List.of(new AuditedSignIn(checks, throttle, auditLog,
                username -> accounts.recordSignIn(username, Instant.now(clock)))));
        if (directory.ssoCodeExchange() != null) {
            // Answers only the provider's code (OAuth2LoginAuthenticationToken), never a typed password.
            signIns.add(directory.ssoCodeExchange());
        }
        return new ProviderManager(signIns);
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
