package health.staffing.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One signed-in person in one browser tab, without the browser: speaks Vaadin Flow's client protocol over
 * HTTP (the bootstrap "init" request, then UIDL round trips carrying the csrf token, syncId and clientId)
 * and keeps the UI's state tree, the rows each grid was sent and the grid updates to confirm, as
 * Vaadin's own client does. Every round trip is timed into the {@link Recorder} under the action it
 * belongs to. Not thread-safe: one virtual thread drives one user.
 */
final class VaadinUser {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    // The details Vaadin's bootstrap script reports about the browser; the server reads some of them.
    private static final String BROWSER = "&v-sh=900&v-sw=1440&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-tzo=0"
            + "&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
            + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
            + "&v-wla=SUPPORTED&v-ws=false";

    /** A round trip the server answered with something a user would see as broken. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private final Map<String, String> cookies = new HashMap<>();
    private UiTree tree = new UiTree();
    private final Map<Integer, List<JsonNode>> gridRows = new HashMap<>();
    private final List<int[]> confirms = new ArrayList<>();
    private final List<ObjectNode> rendered = new ArrayList<>();
    private final List<String> notifications = new ArrayList<>();
    private int uiId = -1;
    private String csrfToken = "";
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    final String username;

    VaadinUser(HttpClient http, String base, String username, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.username = username;
        this.recorder = recorder;
    }

    /** The sign-in form's request: the login page (for its csrf token), then the form post. */
    void signIn(String password) {
        long start = System.nanoTime();
        HttpResponse<String> page = get("/login");
        Matcher csrf = META_CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new Failure("no csrf token on the sign-in page (HTTP " + page.statusCode() + ")");
        }
        String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error")) {
            throw new Failure("sign-in refused for " + username + " (HTTP " + posted.statusCode() + " " + location + ")");
        }
        recorder.record("sign in", start, true);
    }

    /** Opens the portal at a route in a new tab: the bootstrap request, then the first navigation. */
    void open(String action, String route) {
        long start = System.nanoTime();
        HttpResponse<String> init = get("/?v-r=init&location=" + encode(route) + "&query=&v-curdate="
                + System.currentTimeMillis() + "&v-wn=v-" + username.hashCode() + BROWSER);
        if (init.statusCode() != 200) {
            throw new Failure("bootstrap of /" + route + " answered HTTP " + init.statusCode());
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        tree = new UiTree();
        gridRows.clear();
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        historyIndex = 0;
        handle(uidl);
        recorder.record(action + " (bootstrap)", start, true);
        ObjectNode data = navigationData("/" + route, "", "");
        rpc(action, List.of(event(1, "ui-navigate", data)));
    }

    /** Follows a link inside the portal (the side navigation, a router link): no new page. */
    void navigate(String action, String route, String query) {
        historyIndex++;
        rpc(action, List.of(event(1, "ui-navigate", navigationData(route, query, "client"))));
    }

    private ObjectNode navigationData(String route, String query, String trigger) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        data.put("trigger", trigger);
        return data;
    }

    /** Types into a text field whose value is sent as the user types (value change mode LAZY or EAGER). */
    void type(String action, UiTree.Node field, String text) {
        ObjectNode debounce = JSON.createObjectNode();
        debounce.put("1", 1);
        debounce.put("for", "trailing");
        rpc(action, List.of(sync(field, "value", text), event(field.id, "input", debounce)));
    }

    /** Fills a field whose value is sent when it loses focus or Enter is pressed (the default mode). */
    void fill(String action, UiTree.Node field, String text) {
        rpc(action, List.of(sync(field, "value", text), event(field.id, "change", JSON.createObjectNode())));
    }

    /** Picks an option of a vaadin-select by its label. */
    void choose(String action, UiTree.Node select, String label) {
        UiTree.Node item = tree.find(node -> node.tag.equals("vaadin-select-item") && tree.text(node).equals(label))
                .orElseThrow(() -> new Failure("no option \"" + label + "\""));
        String key = item.attributes.getOrDefault("value", item.property("value"));
        rpc(action, List.of(sync(select, "value", key), event(select.id, "value-changed", JSON.createObjectNode())));
    }

    void click(String action, UiTree.Node button) {
        if (button.disabled()) {
            throw new Failure("\"" + tree.text(button) + "\" is disabled");
        }
        rpc(action, List.of(event(button.id, "click", pointer())));
    }

    /** Clicks a grid row, as the grid's connector reports it: selection first, then the item click. */
    void clickRow(String action, UiTree.Node grid, String key) {
        ObjectNode data = pointer();
        ObjectNode click = JSON.createObjectNode();
        data.properties().forEach(entry -> click.set("event.detail." + entry.getKey().substring("event.".length()),
                entry.getValue()));
        click.put("event.detail.itemKey", key);
        click.put("event.detail.internalColumnId", "col0");
        rpc(action, List.of(call(grid, "select", key), event(grid.id, "item-click", click)));
    }

    /** Ticks a row's checkbox in a multi-select grid. */
    void selectRow(String action, UiTree.Node grid, String key) {
        rpc(action, List.of(call(grid, "select", key)));
    }

    private static ObjectNode pointer() {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.screenX", 390);
        data.put("event.screenY", 633);
        data.put("event.clientX", 380);
        data.put("event.clientY", 536);
        data.put("event.detail", 1);
        data.put("event.button", 0);
        data.put("event.ctrlKey", false);
        data.put("event.shiftKey", false);
        data.put("event.altKey", false);
        data.put("event.metaKey", false);
        return data;
    }

    private ObjectNode event(int node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", type);
        event.set("data", data);
        return event;
    }

    private ObjectNode sync(UiTree.Node node, String property, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return sync;
    }

    private ObjectNode call(UiTree.Node node, String method, Object argument) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node.id);
        call.put("templateEventMethodName", method);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        if (argument instanceof Integer number) {
            args.add(number);
        } else {
            args.add(String.valueOf(argument));
        }
        call.put("promise", promise++);
        return call;
    }

    /** One UIDL round trip, timed under the action; then the grid confirmations the client owes. */
    void rpc(String action, List<ObjectNode> invocations) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.putArray("rpc").addAll(invocations);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        boolean ok = response.statusCode() == 200;
        try {
            if (!ok) {
                throw new Failure(action + ": HTTP " + response.statusCode());
            }
            String text = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            JsonNode uidl = JSON.readTree(text);
            handle(uidl.isArray() ? uidl.get(0) : uidl);
        } catch (Failure failure) {
            ok = false;
            throw failure;
        } finally {
            recorder.record(action, start, ok);
        }
        confirmGridUpdates();
        if (!rendered.isEmpty()) {
            List<ObjectNode> changed = List.copyOf(rendered);
            rendered.clear();
            rpc("(components report their properties)", changed);
        }
    }

    private void confirmGridUpdates() {
        if (confirms.isEmpty()) {
            return;
        }
        List<ObjectNode> calls = new ArrayList<>();
        for (int[] confirm : confirms) {
            tree.node(confirm[0]).ifPresent(grid -> calls.add(call(grid, "confirmUpdate", confirm[1])));
        }
        confirms.clear();
        if (!calls.isEmpty()) {
            rpc("(grid confirms update)", calls);
        }
    }

    private void handle(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new Failure("the server said " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        // A browser's web components report their synchronised properties once they are on the page; the
        // server then answers a small message, which is what it keeps as the UI's last response.
        for (int id : tree.apply(uidl.path("changes"))) {
            tree.node(id).ifPresent(node -> node.listeners.stream().filter(type -> type.endsWith("-changed")).sorted()
                    .forEach(type -> rendered.add(event(id, type, JSON.createObjectNode()))));
        }
        for (JsonNode command : uidl.path("execute")) {
            execute(command);
        }
        tree.all(node -> node.tag.equals("vaadin-notification") && !node.property("text").isEmpty())
                .forEach(node -> notifications.add(node.property("text")));
    }

    /** The grid connector's calls a driver must mirror: rows sent, rows dropped, updates to confirm. */
    private void execute(JsonNode command) {
        int last = command.size() - 1;
        String script = command.path(last).asString();
        if (!script.contains("$connector") || !command.path(0).has("@v-node")) {
            return;
        }
        int node = command.path(0).path("@v-node").asInt();
        if (script.contains("$connector.set(")) {
            List<JsonNode> rows = gridRows.computeIfAbsent(node, id -> new ArrayList<>());
            int index = command.path(1).asInt();
            JsonNode items = command.path(2);
            for (int i = 0; i < items.size(); i++) {
                while (rows.size() <= index + i) {
                    rows.add(JSON.nullNode());
                }
                rows.set(index + i, items.get(i));
            }
        } else if (script.contains("$connector.reset()") || script.contains("$connector.clear(")) {
            gridRows.remove(node);
        } else if (script.contains("$connector.confirm(")
                && tree.node(node).map(grid -> grid.tag.equals("vaadin-grid")).orElse(false)) {
            confirms.add(new int[] { node, command.path(1).asInt() });
        }
    }

    /** The rows the grid was sent, in order; each has "key" and one entry per column. */
    List<JsonNode> rows(UiTree.Node grid) {
        return gridRows.getOrDefault(grid.id, List.of()).stream().filter(row -> !row.isNull()).toList();
    }

    /** Notifications shown since the last call, oldest first. */
    List<String> takeNotifications() {
        List<String> shown = List.copyOf(notifications);
        notifications.clear();
        return shown;
    }

    UiTree tree() {
        return tree;
    }

    UiTree.Node required(Optional<UiTree.Node> node, String what) {
        return node.orElseThrow(() -> new Failure(what + " is not on the screen"));
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
            return response;
        } catch (IOException failed) {
            throw new Failure("no answer: " + failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
