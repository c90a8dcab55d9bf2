package health.staffing.candidates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds people already known who may be the one HR is adding under another address: the same given
 * and family name (trimmed, any case) and the same phone number (digits only) or NPI. The NPI is
 * looked up through its index; the phone among external candidates of that name. Runs once per
 * "add", on H2 and PostgreSQL alike.
 */
@Component
class DuplicateCandidates {

    private final JdbcClient jdbc;

    DuplicateCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One known person who may be the same: how HR recognises them. */
    record Match(long candidateId, String name, String contact, String why) {

        String describe() {
            return name + (contact == null ? "" : " (" + contact + ")") + ", " + why;
        }
    }

    List<Match> find(String givenName, String familyName, @Nullable String phone, @Nullable String npi) {
        String given = key(givenName);
        String family = key(familyName);
        Set<Match> found = new LinkedHashSet<>();
        if (npi != null && !npi.isBlank()) {
            found.addAll(jdbc.sql("""
                    select distinct c.id, coalesce(e.given_name, c.given_name) as given_name,
                           coalesce(e.family_name, c.family_name) as family_name, coalesce(e.email, c.email) as email
                      from job_application a
                      join candidate c on c.id = a.candidate_id
                      left join employee e on e.id = c.employee_id
                     where a.npi = :npi
                       and lower(coalesce(e.given_name, c.given_name)) = :given
                       and lower(coalesce(e.family_name, c.family_name)) = :family
                    """).param("npi", npi.trim()).param("given", given).param("family", family)
                    .query((rs, n) -> new Match(rs.getLong("id"), rs.getString("given_name") + " "
                            + rs.getString("family_name"), rs.getString("email"), "same NPI " + npi.trim()))
                    .list());
        }
        String digits = digits(phone);
        if (digits.length() >= 7) {
            List<Match> samePhone = new ArrayList<>();
            jdbc.sql("""
                    select c.id, c.given_name, c.family_name, c.email, c.phone from candidate c
                     where c.employee_id is null and c.phone is not null
                       and lower(c.given_name) = :given and lower(c.family_name) = :family
                    """).param("given", given).param("family", family)
                    .query((rs, n) -> {
                        if (digits.equals(digits(rs.getString("phone")))) {
                            samePhone.add(new Match(rs.getLong("id"), rs.getString("given_name") + " "
                                    + rs.getString("family_name"), rs.getString("email"),
                                    "same phone " + rs.getString("phone")));
                        }
                        return null;
                    }).list();
            found.addAll(samePhone);
        }
        return List.copyOf(found);
    }

    private static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /** "+1 (617) 555-0100" and "617.555.0100" compare alike: the last ten digits. */
    static String digits(@Nullable String phone) {
        if (phone == null) {
            return "";
        }
        String all = phone.replaceAll("[^0-9]", "");
        return all.length() > 10 ? all.substring(all.length() - 10) : all;
    }
}
