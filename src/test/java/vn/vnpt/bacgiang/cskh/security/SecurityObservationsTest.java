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
        List<String> observed = new CopyOnWriteArrayList<>();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                observed.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });

        as("admin", throttle::lockedNames);

        assertThat(observed).noneMatch(name -> name.startsWith("spring.security"));
    }
}
