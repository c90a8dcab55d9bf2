package testidp;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A real LDAP directory in memory (UnboundID), on 127.0.0.1 at a free port: people under ou=people, groups
 * (groupOfNames, which may contain groups) under ou=groups, a service account that searches, and accounts
 * disabled the way many directories mark them ({@code nsAccountLock: true}).
 */
public final class TestDirectory implements AutoCloseable {

    public static final String BASE_DN = "dc=staffing,dc=example,dc=org";
    public static final String SERVICE_DN = "cn=portal-service," + BASE_DN;
    public static final String SERVICE_PASSWORD = "service-password-1";

    /** Someone in the directory; {@code employeeNumber} is what the portal matches on. */
    public record Entry(String uid, String password, String employeeNumber, boolean disabled) {
    }

    /** A group and its members: people by uid, groups by cn. */
    public record Group(String cn, List<String> people, List<String> groups) {
    }

    private final InMemoryDirectoryServer server;

    private TestDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    public static TestDirectory start(List<Entry> people, List<Group> groups) {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0,
                    null));
            config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
            config.setSchema(null); // nsAccountLock is not in the standard schema
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE_DN, "objectClass: top", "objectClass: domain", "dc: staffing");
            server.add("dn: ou=people," + BASE_DN, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE_DN, "objectClass: organizationalUnit", "ou: groups");
            for (Entry person : people) {
                server.add("dn: " + dnOf(person.uid()), "objectClass: inetOrgPerson", "uid: " + person.uid(),
                        "cn: " + person.uid(), "sn: " + person.uid(), "employeeNumber: " + person.employeeNumber(),
                        "userPassword: " + person.password(), "nsAccountLock: " + person.disabled());
            }
            for (Group group : groups) {
                List<String> lines = new ArrayList<>(List.of("dn: " + groupDn(group.cn()),
                        "objectClass: groupOfNames", "cn: " + group.cn()));
                group.people().forEach(uid -> lines.add("member: " + dnOf(uid)));
                group.groups().forEach(cn -> lines.add("member: " + groupDn(cn)));
                server.add(lines.toArray(String[]::new));
            }
            server.startListening();
            return new TestDirectory(server);
        } catch (LDAPException | LDIFException failed) {
            throw new IllegalStateException("The test directory did not start", failed);
        }
    }

    public String url() {
        return "ldap://127.0.0.1:" + server.getListenPort();
    }

    public static String dnOf(String uid) {
        return "uid=" + uid + ",ou=people," + BASE_DN;
    }

    public static String groupDn(String cn) {
        return "cn=" + cn + ",ou=groups," + BASE_DN;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
