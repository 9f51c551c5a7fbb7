package vn.vnpt.bacgiang.cskh.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The browser's polling of one UI, shared by the parts of a page that need it (decision 0038: no server push):
 * the UI polls at the shortest interval any part still asks for and stops when none does, so a part that is
 * done never switches off another's polling.
 */
public final class Polling implements Serializable {

    private final UI ui;
    private final Map<Integer, Integer> asked = new HashMap<>();
    private int next;

    private Polling(UI ui) {
        this.ui = ui;
    }

    /** Asks the UI to poll at least every {@code millis} until the registration is removed. */
    public static Registration request(UI ui, int millis) {
        Polling polling = ComponentUtil.getData(ui, Polling.class);
        if (polling == null) {
            polling = new Polling(ui);
            ComponentUtil.setData(ui, Polling.class, polling);
        }
        return polling.add(millis);
    }

    private Registration add(int millis) {
        int key = next++;
        asked.put(key, millis);
        apply();
        return () -> {
            asked.remove(key);
            apply();
        };
    }

    private void apply() {
        ui.setPollInterval(asked.values().stream().mapToInt(Integer::intValue).min().orElse(-1));
    }
}
