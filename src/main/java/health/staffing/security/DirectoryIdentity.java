package health.staffing.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Who the directory says signed in: the protocol, the identity it vouches for (issuer and subject, or
 * the LDAP entry), the value that finds the employee record, and the directory groups. Nothing here
 * comes from a profile the person edits themselves: roles come only from {@code groups}.
 */
public record DirectoryIdentity(AccountSource source, String externalId, EmployeeKey matchOn, String key,
        Set<String> groups) {

    /** An identity longer than its column (a deep DN) is kept as its SHA-256: still unique, still stable. */
    public DirectoryIdentity {
        if (externalId.length() > AccountSource.EXTERNAL_ID_MAX) {
            externalId = source.name().toLowerCase() + ":sha256:" + sha256(externalId);
        }
        groups = Set.copyOf(groups);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Which employee field the directory's value is compared with. */
    public enum EmployeeKey {
        EMAIL, EMPLOYEE_NUMBER
    }
}
