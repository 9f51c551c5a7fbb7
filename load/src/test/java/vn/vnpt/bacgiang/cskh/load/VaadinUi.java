package vn.vnpt.bacgiang.cskh.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one browser tab knows of its Vaadin UI, kept as Flow's client keeps it: the UI's id and security key from
 * the {@code ?v-r=init} answer, the last {@code syncId} and next {@code clientId} from each UIDL answer, and the
 * element tree those answers build (tags, properties, attributes, texts, class names, listeners, children), plus each
 * grid's rows as its connector receives them. Requests are built from it the way the client builds them, so a
 * click names the node id the server gave the button, and a stale or replayed message would be refused by the
 * portal exactly as a browser's would.
 */
final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Flow's wrapper of a call that reports its end: the success channel is the parameter named in its {@code then}. */
    private static final Pattern REPORTED = Pattern.compile(
            "^try\\{Promise\\.resolve\\(\\(async function\\(\\)\\{.*\\}\\)\\(\\)\\)\\.then\\(\\$(\\d+),"
                    + "function\\(error\\)\\{\\$\\d+\\(''\\+error\\)\\}\\)\\}catch\\(error\\)\\{\\$\\d+\\(''\\+error\\)\\}$",
            Pattern.DOTALL);

    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One element (or text node) of the UI's tree. */
    static final class Element {
        final int id;
        String tag = "";
        String text;
        boolean visible = true;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Set<String> classes = new LinkedHashSet<>();
        final Set<String> listeners = new LinkedHashSet<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Element(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private int uiId = -1;
    private String securityKey;
    private int syncId = -1;
    private int clientId;
    private int promise;
    private final Map<Integer, Element> elements = new HashMap<>();
    /** Each grid's rows by their position, as {@code $connector.set} received them. */
    private final Map<Integer, Map<Integer, JsonNode>> rows = new HashMap<>();
    /** Grid data updates the connector confirms with the next message, as the browser does. */
    private final List<int[]> unconfirmed = new ArrayList<>();
    /**
     * The return channels (node, channel) of calls whose end the server waits to hear of: a call the UI kept while its
     * component was hidden is sent once shown, wrapped to report back, and the server holds it until then.
     */
    private final List<int[]> toReport = new ArrayList<>();
    private JsonNode last;

    private String notDone;

    int uiId() {
        return uiId;
    }

    /** The user could not do what they came for on this page: the next answer's check fails with the reason. */
    void notDone(String reason) {
        notDone = reason;
    }

    void failIfNotDone() {
        String reason = notDone;
        notDone = null;
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
    }

    /** Reads the answer to {@code ?v-r=init}: the new UI's id, its security key and its first state. */
    void init(String body) {
        JsonNode answer = read(body);
        JsonNode config = answer.has("appConfig") ? answer.get("appConfig") : answer;
        uiId = config.path("v-uiId").asInt(-1);
        JsonNode uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || securityKey == null) {
            throw new IllegalStateException("no UI in the init answer: " + abbreviate(body));
        }
        elements.clear();
        rows.clear();
        apply(uidl);
    }

    /** Applies a UIDL answer; fails on what a browser would show as an error or a lost session. */
    void update(String body) {
        apply(read(body));
    }

    private void apply(JsonNode uidl) {
        last = uidl;
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("the portal answered " + meta);
        }
        if (uidl.has("syncId")) {
            int received = uidl.get("syncId").asInt();
            if (syncId >= 0 && received != syncId + 1) {
                throw new IllegalStateException("out of sync: expected " + (syncId + 1) + ", got " + received);
            }
            syncId = received;
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        JsonNode constants = uidl.path("constants");
        for (JsonNode change : uidl.path("changes")) {
            change(change, constants);
        }
        for (JsonNode call : uidl.path("execute")) {
            execute(call);
        }
    }

    private void change(JsonNode change, JsonNode constants) {
        int id = change.get("node").asInt();
        String type = change.get("type").asText();
        if ("detach".equals(type)) {
            elements.remove(id);
            rows.remove(id);
            return;
        }
        Element element = elements.computeIfAbsent(id, Element::new);
        int feature = change.path("feat").asInt(-1);
        String key = change.path("key").asText(null);
        switch (type) {
            case "put" -> put(element, feature, key, change.has("nodeValue") ? NODES.numberNode(
                    change.get("nodeValue").asInt()) : change.path("value"), constants);
            case "remove" -> {
                element.properties.remove(key);
                element.attributes.remove(key);
                element.listeners.remove(key);
            }
            case "splice" -> splice(element, feature, change);
            case "clear" -> list(element, feature).ifPresent(List::clear);
            default -> {
                // "attach" only makes the node known
            }
        }
    }

    private void put(Element element, int feature, String key, JsonNode value, JsonNode constants) {
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    element.tag = value.asText();
                } else if ("visible".equals(key)) {
                    element.visible = value.asBoolean(true);
                }
            }
            case PROPERTIES -> element.properties.put(key, value);
            // a resource (a download link's file) comes as {"uri": ...}
            case ATTRIBUTES -> element.attributes.put(key, value.has("uri") ? value.get("uri").asText()
                    : value.isTextual() ? value.asText() : value.toString());
            case TEXT -> element.text = value.asText();
            case LISTENERS -> element.listeners.add(key);
            default -> {
                // push, poll, reconnect and loading settings do not change what a user can click
            }
        }
    }

    private void splice(Element element, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == CLASS_LIST) {
            List<String> classes = new ArrayList<>(element.classes);
            List<String> added = new ArrayList<>();
            change.path("add").forEach(name -> added.add(name.asText()));
            splice(classes, index, remove, added);
            element.classes.clear();
            element.classes.addAll(classes);
            return;
        }
        list(element, feature).ifPresent(children -> {
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(node -> added.add(node.asInt()));
            splice(children, index, remove, added);
        });
    }

    private static <T> void splice(List<T> list, int index, int remove, List<T> added) {
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    private Optional<List<Integer>> list(Element element, int feature) {
        return switch (feature) {
            case CHILDREN -> Optional.of(element.children);
            case VIRTUAL_CHILDREN -> Optional.of(element.virtualChildren);
            case CLASS_LIST -> {
                element.classes.clear();
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    /** Keeps what a grid's connector is told: its rows ({@code set}), a reset, and updates to confirm. */
    private void execute(JsonNode call) {
        String script = call.get(call.size() - 1).asText();
        Matcher reported = REPORTED.matcher(script);
        if (reported.find()) {
            JsonNode channel = call.get(Integer.parseInt(reported.group(1))).path("@v-return");
            toReport.add(new int[] {channel.get(0).asInt(), channel.get(1).asInt()});
        }
        if (script.contains("$connector.reset()")) {
            node(call.get(0)).ifPresent(rows::remove);
        } else if (script.contains("$connector.set(") && call.size() >= 4) {
            node(call.get(0)).ifPresent(grid -> {
                int start = call.get(1).asInt();
                Map<Integer, JsonNode> known = rows.computeIfAbsent(grid, id -> new LinkedHashMap<>());
                JsonNode items = call.get(2);
                for (int i = 0; i < items.size(); i++) {
                    known.put(start + i, items.get(i));
                }
            });
        } else if (script.contains("$connector.confirm(")) {
            node(call.get(0)).ifPresent(grid -> unconfirmed.add(new int[] {grid, call.get(1).asInt()}));
        }
    }

    private static Optional<Integer> node(JsonNode argument) {
        return argument.has("@v-node") ? Optional.of(argument.get("@v-node").asInt()) : Optional.empty();
    }

    // ---- finding what the user sees

    Stream<Element> all() {
        return elements.values().stream();
    }

    Optional<Element> byId(String domId) {
        return all().filter(element -> domId.equals(element.attributes.get("id"))).findFirst();
    }

    Element required(String domId) {
        return byId(domId).orElseThrow(() -> new IllegalStateException("no element #" + domId + " on the page"));
    }

    /** The element's text as the user reads it: its own and its children's, depth first. */
    String text(Element element) {
        StringBuilder text = new StringBuilder();
        collect(element, text, 0);
        return text.toString().trim();
    }

    private void collect(Element element, StringBuilder text, int depth) {
        if (depth > 40) {
            return;
        }
        if (element.text != null) {
            text.append(element.text).append(' ');
        }
        for (int child : element.children) {
            Element found = elements.get(child);
            if (found != null) {
                collect(found, text, depth + 1);
            }
        }
    }

    Optional<Element> withClass(String className) {
        return all().filter(element -> element.classes.contains(className)).findFirst();
    }

    /** An item a radio group or select offers, by its label: the key the server sent as its value. */
    String optionKey(Element group, String label) {
        return group.children.stream().map(elements::get).filter(option -> option != null
                        && option.properties.containsKey("value") && text(option).equals(label))
                .map(option -> option.property("value")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no option \"" + label + "\" in #"
                        + group.attributes.get("id")));
    }

    /** The rows a grid holds now, in order. */
    List<JsonNode> rows(Element grid) {
        return new ArrayList<>(rows.getOrDefault(grid.id, Map.of()).values());
    }

    /** Whether the last answer put this text anywhere: a notification, a label, a cell. */
    boolean lastAnswerShows(String text) {
        return mentions(last, text);
    }

    private static boolean mentions(JsonNode node, String text) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return node.asText().contains(text);
        }
        for (JsonNode child : node) {
            if (mentions(child, text)) {
                return true;
            }
        }
        return false;
    }

    // ---- what the browser sends

    /** One message to the server: the invocations, with any grid updates the connector still has to confirm. */
    String message(List<ObjectNode> invocations) {
        ArrayNode rpc = NODES.arrayNode();
        for (int[] update : unconfirmed) {
            rpc.add(published(update[0], "confirmUpdate", NODES.numberNode(update[1])));
        }
        unconfirmed.clear();
        for (int[] channel : toReport) {
            ObjectNode done = NODES.objectNode();
            done.put("type", "channel");
            done.put("node", channel[0]);
            done.put("channel", channel[1]);
            done.set("args", NODES.arrayNode().addNull());
            rpc.add(done);
        }
        toReport.clear();
        invocations.forEach(rpc::add);
        ObjectNode message = NODES.objectNode();
        message.put("csrfToken", securityKey);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode call = NODES.objectNode();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", event);
        call.set("data", data);
        return call;
    }

    /** A click with the mouse event's details the server's click listener reads. */
    static ObjectNode click(Element element) {
        return event(element.id, "click", mouse(NODES.objectNode(), "event."));
    }

    /** A single left click's details, named as the listener's event data expressions name them. */
    private static ObjectNode mouse(ObjectNode data, String prefix) {
        for (String flag : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put(prefix + flag, false);
        }
        for (String number : List.of("detail", "clientX", "clientY", "button", "screenX", "screenY")) {
            data.put(prefix + number, number.equals("detail") ? 1 : 0);
        }
        return data;
    }

    /** A property the user changed, synchronised as the browser does, then its change event. */
    static List<ObjectNode> sync(Element element, String property, JsonNode value, String event) {
        ObjectNode sync = NODES.objectNode();
        sync.put("type", "mSync");
        sync.put("node", element.id);
        sync.put("feature", PROPERTIES);
        sync.put("property", property);
        sync.set("value", value);
        return List.of(sync, event(element.id, event, NODES.objectNode()));
    }

    /** A typed or picked value, sent on the event the field synchronises its value with. */
    static List<ObjectNode> setValue(Element element, String value) {
        return sync(element, "value", NODES.textNode(value),
                element.listeners.contains("change") ? "change" : "value-changed");
    }

    /** A click on a grid's row, with the row's key and the details the item click listener reads. */
    static ObjectNode itemClick(Element grid, String key) {
        ObjectNode data = NODES.objectNode();
        data.put("event.detail.itemKey", key);
        data.put("event.detail.internalColumnId", "col0");
        return event(grid.id, "item-click", mouse(data, "event.detail."));
    }

    ObjectNode published(int node, String method, JsonNode... arguments) {
        ObjectNode call = NODES.objectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        ArrayNode args = call.putArray("templateEventMethodArgs");
        for (JsonNode argument : arguments) {
            args.add(argument);
        }
        call.put("promise", promise++);
        return call;
    }

    /** The router's navigation, as a click on a side navigation link sends it. */
    static ObjectNode navigate(String route, boolean first) {
        ObjectNode data = NODES.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", first ? "" : "client");
        return event(1, "ui-navigate", data);
    }

    /** The browser's poll of a UI that asked for one ({@code UI.setPollInterval}), as its timer sends it. */
    static ObjectNode poll() {
        return event(1, "ui-poll", NODES.objectNode());
    }

    private static JsonNode read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            JsonNode read = JSON.readTree(json);
            return read.isArray() ? read.get(0) : read;
        } catch (Exception e) {
            throw new IllegalStateException("not a UIDL answer: " + abbreviate(body), e);
        }
    }

    static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
