package vn.vnpt.bacgiang.cskh.audit.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One field of a record's audited state before and after a change; a missing or null value is {@code null}. */
record FieldChange(String field, @Nullable JsonNode before, @Nullable JsonNode after) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    boolean changed() {
        return !Objects.equals(before, after);
    }

    /** Every field of either state, in the record's own order; fields that only the before state has come last. */
    static List<FieldChange> between(@Nullable String beforeJson, @Nullable String afterJson) {
        JsonNode before = read(beforeJson);
        JsonNode after = read(afterJson);
        Set<String> fields = new LinkedHashSet<>(after.propertyNames());
        fields.addAll(before.propertyNames());
        return fields.stream()
                .map(field -> new FieldChange(field, value(before.get(field)), value(after.get(field))))
                .toList();
    }

    private static JsonNode read(@Nullable String json) {
        return json == null ? JSON.createObjectNode() : JSON.readTree(json);
    }

    private static @Nullable JsonNode value(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
