package health.staffing.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import health.staffing.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** BCrypt for new hashes; the {id} prefix lets a later upgrade (Argon2) verify old ones. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
