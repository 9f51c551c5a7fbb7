package vn.vnpt.bacgiang.cskh.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void aCreationListsEveryFieldAsChangedFromNothing() {
        List<FieldChange> changes = FieldChange.between(null, "{\"code\":\"CHDN\",\"active\":true}");

        assertThat(changes).extracting(FieldChange::field).containsExactly("code", "active");
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.before()).isNull();
            assertThat(change.changed()).isTrue();
        });
    }

    @Test
    void onlyFieldsWhoseValueDiffersAreChanged() {
        List<FieldChange> changes = FieldChange.between("{\"name\":\"Đồi Ngô\",\"phone\":\"0204\"}",
                "{\"name\":\"Đồi Ngô 2\",\"phone\":\"0204\"}");

        assertThat(changes).extracting(FieldChange::field, FieldChange::changed)
                .containsExactly(tuple("name", true),
                        tuple("phone", false));
    }

    @Test
    void aFieldOnlyTheBeforeStateHasComesLastAndANullEqualsAMissingValue() {
        List<FieldChange> changes = FieldChange.between("{\"address\":null,\"fax\":\"0204 111\"}",
                "{\"name\":\"Lục Nam\"}");

        assertThat(changes).extracting(FieldChange::field).containsExactly("name", "address", "fax");
        assertThat(changes.get(1).changed()).isFalse();
        assertThat(changes.get(2).after()).isNull();
        assertThat(changes.get(2).changed()).isTrue();
    }
}
