package vn.vnpt.bacgiang.cskh.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vnpt.bacgiang.cskh.PortalTest;

class SecurityObservationsTest extends PortalTest {

    @Autowired
    private ObservationRegistry observations;
    @Autowired
    private LoginThrottle throttle;

    @Test
    void checkingWhetherTheUserMayCallAServiceRecordsNoObservation() throws Exception {
        Started started = new Started();
        observations.observationConfig().observationHandler(started);
        try {
            as("admin", throttle::lockedNames);
        } finally {
            started.listening = false;
        }

        assertThat(started.names).noneMatch(name -> name.startsWith("spring.security"));
    }

    /** Writes down the observations started while the test listens (a registry's handlers cannot be removed). */
    private static final class Started implements ObservationHandler<Observation.Context> {

        private final List<String> names = new CopyOnWriteArrayList<>();
        private volatile boolean listening = true;

        @Override
        public void onStart(Observation.Context context) {
            if (listening) {
                names.add(context.getName());
            }
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return listening;
        }
    }
}
