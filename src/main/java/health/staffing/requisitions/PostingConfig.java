package health.staffing.requisitions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pay-transparency policy as a bean, from {@code portal.pay-transparency.*}. */
@Configuration
@EnableConfigurationProperties(PayTransparencyProperties.class)
class PostingConfig {

    @Bean
    PayTransparencyPolicy payTransparencyPolicy(PayTransparencyProperties properties) {
        return new PayTransparencyPolicy(properties);
    }
}
