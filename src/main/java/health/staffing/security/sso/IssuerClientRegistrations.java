package health.staffing.security.sso;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one identity provider, read from its discovery document when someone first signs in rather than
 * at start-up: the portal starts (and break-glass sign-in works) while the provider is unreachable, and
 * a failed read is tried again at the next sign-in.
 */
final class IssuerClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(IssuerClientRegistrations.class);

    private final OidcSettings settings;
    private volatile @Nullable ClientRegistration registration;

    IssuerClientRegistrations(OidcSettings settings) {
        this.settings = settings;
        settings.requiredClientId();
        settings.requiredClientSecret();
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    known = discover();
                    registration = known;
                }
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.requiredIssuer())
                    .registrationId(OidcSettings.REGISTRATION_ID)
                    .clientId(settings.requiredClientId())
                    .clientSecret(settings.requiredClientSecret())
                    .clientName(settings.organisation())
                    .scope(settings.scopes())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .userNameAttributeName("sub")
                    .build();
        } catch (RuntimeException unreachable) {
            log.error("Single sign-on: cannot read the provider's discovery document at {}", settings.issuer(),
                    unreachable);
            throw unreachable;
        }
    }
}
