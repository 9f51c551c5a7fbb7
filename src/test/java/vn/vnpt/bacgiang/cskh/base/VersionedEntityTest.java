package vn.vnpt.bacgiang.cskh.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class VersionedEntityTest {

    private static final class Note extends VersionedEntity {

        Note() {
        }

        Note(Instant createdAt) {
            super(createdAt);
        }

        Note copy() {
            Note copy = new Note();
            copyIdentityTo(copy);
            return copy;
        }
    }

    @Test
    void aNewRecordIsGivenItsCreationTimeWhenSaved() {
        Note note = new Note();

        note.onCreate();

        assertThat(note.getCreatedAt()).isNotEqualTo(Instant.EPOCH);
        assertThat(note.getUpdatedAt()).isEqualTo(note.getCreatedAt());
    }

    @Test
    void aRecordCreatedAtATimeFromTheClockKeepsThatTimeWhenSaved() {
        Instant written = Instant.parse("2026-03-08T02:30:00Z");
        Note note = new Note(written);

        note.onCreate();

        assertThat(note.getCreatedAt()).isEqualTo(written);
        assertThat(note.getUpdatedAt()).isEqualTo(written);
    }

    @Test
    void anEditCopyCarriesTheVersionAndTimesOfTheRecord() {
        Note note = new Note(Instant.parse("2026-03-08T02:30:00Z"));
        note.onUpdate();

        Note copy = note.copy();

        assertThat(copy.getVersion()).isEqualTo(note.getVersion());
        assertThat(copy.getCreatedAt()).isEqualTo(note.getCreatedAt());
        assertThat(copy.getUpdatedAt()).isEqualTo(note.getUpdatedAt()).isNotEqualTo(note.getCreatedAt());
    }

    @Test
    void aRecordNotYetSavedEqualsOnlyItself() {
        Note note = new Note();

        assertThat(note).isEqualTo(note).isNotEqualTo(new Note());
    }

    @Test
    void anEditReadAtTheCurrentVersionGoesThroughAndAStaleOneIsRefusedAsAConflictOnThatRecordsClass() {
        Note note = new Note();

        note.requireVersion(0);

        assertThatThrownBy(() -> note.requireVersion(1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class)
                .satisfies(conflict -> assertThat(((ObjectOptimisticLockingFailureException) conflict)
                        .getPersistentClassName()).isEqualTo(Note.class.getName()));
    }
}
