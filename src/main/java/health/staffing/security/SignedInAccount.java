package health.staffing.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The portal account a directory sign-in landed on: its user name and its roles as authorities. */
public record SignedInAccount(String username, List<String> roles) {

    public List<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
