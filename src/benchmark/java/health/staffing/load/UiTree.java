package health.staffing.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The client side of one Vaadin UI, as far as a load driver needs it: the state nodes the server sent
 * (tag, properties, attributes, children, text, event listeners), kept up to date from each response's
 * "changes", so a journey can find "the button labelled Approve" the way a user does, by what it shows.
 */
final class UiTree {

    // Vaadin Flow's node features (com.vaadin.flow.internal.nodefeature.NodeFeatures).
    private static final int ELEMENT_DATA = 0;
    private static final int ELEMENT_PROPERTIES = 1;
    private static final int ELEMENT_CHILDREN = 2;
    private static final int ELEMENT_ATTRIBUTES = 3;
    private static final int ELEMENT_LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    private static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;
        String tag = "";
        String text = "";
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final Set<String> listeners = new HashSet<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? "" : value.asString();
        }

        boolean disabled() {
            return attributes.containsKey("disabled") || properties.containsKey("disabled")
                    && properties.get("disabled").asBoolean();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    /** Applies a response's changes; returns the nodes it attached. */
    List<Integer> apply(JsonNode changes) {
        List<Integer> attached = new ArrayList<>();
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> {
                    nodes.put(id, new Node(id));
                    attached.add(id);
                }
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> {
                    if (change.path("feat").asInt() == ELEMENT_CHILDREN) {
                        node(id).children.clear();
                    }
                }
                default -> {
                    // "empty" and features a driver does not need.
                }
            }
        }
        return attached;
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node node, JsonNode change) {
        String key = change.path("key").asString();
        JsonNode value = change.path("value");
        switch (change.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value.isValueNode() ? value.asString() : "");
            case ELEMENT_LISTENERS -> node.listeners.add(key);
            case TEXT_NODE -> node.text = value.asString();
            default -> {
            }
        }
    }

    private static void remove(Node node, JsonNode change) {
        String key = change.path("key").asString();
        switch (change.path("feat").asInt()) {
            case ELEMENT_PROPERTIES -> node.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
            case ELEMENT_LISTENERS -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private static void splice(Node node, JsonNode change) {
        int feature = change.path("feat").asInt();
        if (feature != ELEMENT_CHILDREN && feature != VIRTUAL_CHILDREN) {
            return;
        }
        // Both lists are kept in one: a driver looks for what is shown, not where it hangs.
        int index = Math.min(change.path("index").asInt(), node.children.size());
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        node.children.addAll(index, added);
    }

    /** The text a user reads in this node: its own text nodes and its descendants', trimmed. */
    String text(Node node) {
        StringBuilder text = new StringBuilder(node.text);
        for (int child : node.children) {
            Node shown = nodes.get(child);
            if (shown != null) {
                text.append(text(shown));
            }
        }
        return text.toString().trim();
    }

    Optional<Node> find(Predicate<Node> matching) {
        return nodes.values().stream().filter(matching).min((a, b) -> Integer.compare(b.id, a.id));
    }

    List<Node> all(Predicate<Node> matching) {
        return nodes.values().stream().filter(matching).toList();
    }

    Optional<Node> byId(String elementId) {
        return find(node -> elementId.equals(node.attributes.get("id")) || elementId.equals(node.property("id")));
    }

    Optional<Node> byTag(String tag) {
        return find(node -> node.tag.equals(tag));
    }

    Optional<Node> field(String tag, String label) {
        return find(node -> node.tag.equals(tag) && node.property("label").equals(label));
    }

    Optional<Node> node(Integer id) {
        return Optional.ofNullable(nodes.get(id));
    }
}
