package vn.vnpt.bacgiang.cskh.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.vnpt.bacgiang.cskh.PortalTest;
import vn.vnpt.bacgiang.cskh.base.RuleViolation;

/** Every pair of states the workflow does not link is refused to everyone, from CLOSED and CANCELLED too. Rolled back. */
@Transactional
class UnlinkedMovesTest extends PortalTest {

    @Autowired
    private CampaignService campaigns;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EntityManager entityManager;

    static Stream<Arguments> unlinkedPairs() {
        return Arrays.stream(CampaignState.values()).flatMap(from -> Arrays.stream(CampaignState.values())
                .filter(to -> CampaignTransition.between(from, to).isEmpty()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("unlinkedPairs")
    void aMoveBetweenStatesTheWorkflowDoesNotLinkIsRefusedAndChangesNothing(CampaignState from, CampaignState to)
            throws Exception {
        long id = Objects.requireNonNull(as("kehoach", () -> campaigns.create(
                CampaignFixture.draft("Chuyển bước không có", CampaignFixture.LONG_TENURE_SEGMENT))).getId());
        entityManager.flush();
        jdbc.update("UPDATE campaign SET state = ? WHERE id = ?", from.name(), id);
        entityManager.clear();
        long version = as("admin", () -> campaigns.get(id)).getVersion();
        long transitions = transitions(id);

        for (String user : new String[] {"kehoach", "giamdoc", "giamsat"}) {
            assertThatThrownBy(() -> as(user, () -> campaigns.move(id, version, to, "Lý do"))).as(user)
                    .isInstanceOf(RuleViolation.class).hasMessage("campaign.refused.noSuchMove");
        }
        assertThat(as("admin", () -> campaigns.get(id))).satisfies(stored -> {
            assertThat(stored.getState()).isEqualTo(from);
            assertThat(stored.getVersion()).isEqualTo(version);
        });
        assertThat(transitions(id)).isEqualTo(transitions);
    }

    private long transitions(long campaign) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign_transition WHERE campaign_id = ?", Long.class,
                campaign);
    }

    @ParameterizedTest(name = "nothing leaves {0}")
    @org.junit.jupiter.params.provider.EnumSource(value = CampaignState.class, names = {"CLOSED", "CANCELLED"})
    void aClosedOrCancelledCampaignHasNoMoveLeft(CampaignState ended) {
        assertThat(CampaignTransition.values()).noneMatch(transition -> transition.leaves(ended));
    }
}
