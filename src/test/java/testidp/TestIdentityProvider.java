package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * An OpenID provider on 127.0.0.1 at a free port, with its own sign-in page, for tests that sign in to the
 * portal the way a health system's people do: Spring Authorization Server in its own small application
 * context (web server and security only), with the people it knows, their email, employee number and
 * groups in the ID token. It runs on 127.0.0.1 while the portal runs on localhost, so the browser keeps
 * the two sessions' cookies apart.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "staffing-portal";
    public static final String CLIENT_SECRET = "portal-client-secret";

    /** Someone the provider can sign in; {@code emailVerified} false is what a self-registered address says. */
    public record Person(String username, String password, String email, String employeeNumber, List<String> groups,
            boolean emailVerified) {

        public Person(String username, String password, String email, String employeeNumber, List<String> groups) {
            this(username, password, email, employeeNumber, groups, true);
        }
    }

    private final List<Person> people;
    private final int port;
    private final Set<String> portals = new CopyOnWriteArraySet<>();
    private @Nullable ConfigurableApplicationContext context;

    /**
     * A provider that will listen at a free port of 127.0.0.1 once {@link #start()}ed: its issuer is known
     * before, for the portal's settings. Start it after the portal's application context, in the same JVM:
     * both then share the security context holder the portal's Vaadin installs globally (the provider's
     * endpoints read the holder statically).
     */
    public TestIdentityProvider(List<Person> people) {
        this.people = people;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Starts the provider unless it runs already. */
    public synchronized TestIdentityProvider start() {
        if (context == null) {
            context = run();
        }
        return this;
    }

    private ConfigurableApplicationContext run() {
        // Command-line arguments: they outrank the portal's application.properties, which is on the same classpath.
        return new SpringApplicationBuilder(Server.class)
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> {
                    ctx.getBeanFactory().registerSingleton("people", new People(people));
                    ctx.getBeanFactory().registerSingleton("portals", new Portals(portals));
                })
                .run("--server.port=" + port, "--server.address=127.0.0.1",
                        "--server.servlet.session.cookie.name=IDP_SESSION", "--spring.main.banner-mode=off",
                        "--spring.main.register-shutdown-hook=false", "--spring.config.location=optional:classpath:/testidp/");
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** The portal at this address may receive sign-ins and sign-outs (its port is known only once it runs). */
    public void allowPortal(String portalBaseUrl) {
        portals.add(portalBaseUrl);
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    record People(List<Person> all) {

        Map<String, Person> byUsername() {
            return all.stream().collect(Collectors.toMap(Person::username, Function.identity()));
        }
    }

    record Portals(Set<String> baseUrls) {
    }

    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class})
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signInPage(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults()).build();
        }

        @Bean
        UserDetailsService users(People people) {
            return new InMemoryUserDetailsManager(people.all().stream()
                    .map(person -> User.withUsername(person.username()).password("{noop}" + person.password())
                            .roles("USER").build())
                    .toList());
        }

        /** The portal's registration, with the redirect addresses of the portals started since. */
        @Bean
        RegisteredClientRepository clients(Portals portals) {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // Called to re-encode the secret after a successful check; the {noop} one keeps working.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return portal();
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? portal() : null;
                }

                private RegisteredClient portal() {
                    return RegisteredClient.withId("portal").clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUris(uris -> portals.baseUrls().forEach(base -> uris.add(base + "/login/oauth2/code/sso")))
                            .postLogoutRedirectUris(uris -> portals.baseUrls()
                                    .forEach(base -> uris.add(base + "/login?signed-out")))
                            .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                            .build();
                }
            };
        }

        /** What the health system's provider puts in the ID token: email, employee number, groups. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(People people) {
            Map<String, Person> byUsername = people.byUsername();
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Person person = byUsername.get(context.getPrincipal().getName());
                context.getClaims().claim("email", person.email()).claim("email_verified", person.emailVerified())
                        .claim("employee_number", person.employeeNumber()).claim("groups", person.groups())
                        .claim("name", person.username());
            };
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** The user-info endpoint reads the access tokens the provider signed. */
        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> signingKeys) {
            return NimbusJwtDecoder.withJwkSource(signingKeys).build();
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
