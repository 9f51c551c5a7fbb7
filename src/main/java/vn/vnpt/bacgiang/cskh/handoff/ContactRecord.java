package vn.vnpt.bacgiang.cskh.handoff;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One contact with the customer as the requester logged it: when, by whom, how, the outcome, a note,
 * and the care contact's id when it was copied from a care task.
 */
public record ContactRecord(Instant at, String staffName, String channel, String outcome, @Nullable String note,
                            @Nullable Long contactId) {

    /** A contact the requester typed in: no care contact behind it. */
    public ContactRecord(Instant at, String staffName, String channel, String outcome, @Nullable String note) {
        this(at, staffName, channel, outcome, note, null);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static @Nullable String toJson(List<ContactRecord> contacts) {
        return contacts.isEmpty() ? null : JSON.writeValueAsString(contacts);
    }

    static List<ContactRecord> fromJson(@Nullable String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, new TypeReference<>() {
        });
    }
}
