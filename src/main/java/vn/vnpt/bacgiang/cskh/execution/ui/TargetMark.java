package vn.vnpt.bacgiang.cskh.execution.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.execution.Pace;

/**
 * A unit's rate against its share's target (decision 0031): met in the success colour, below in the
 * error colour, and neutral (contrast) when there is no figure or no target yet, or when a reach rate
 * still below its end-of-period target is on pace for it. The icon's shape and the tooltip say the
 * same as the colour.
 */
enum TargetMark {

    MET("success", VaadinIcon.CHECK, "execution.progress.target.met"),
    ON_PACE("contrast", VaadinIcon.CLOCK, "execution.progress.target.onPace"),
    BELOW("error", VaadinIcon.ARROW_DOWN, "execution.progress.target.below"),
    NONE("contrast", null, null);

    private final String theme;
    private final @Nullable VaadinIcon icon;
    private final @Nullable String titleKey;

    TargetMark(String theme, @Nullable VaadinIcon icon, @Nullable String titleKey) {
        this.theme = theme;
        this.icon = icon;
        this.titleKey = titleKey;
    }

    /** A success or satisfaction figure: a share of what was reached, judged as it stands. */
    static TargetMark of(@Nullable BigDecimal figure, @Nullable BigDecimal target) {
        if (figure == null || target == null) {
            return NONE;
        }
        return figure.compareTo(target) >= 0 ? MET : BELOW;
    }

    /** A reach rate grows over the period: below its target it is still on pace while at or above the pro-rated target. */
    static TargetMark ofReach(@Nullable BigDecimal rate, @Nullable Integer target, @Nullable Pace pace) {
        TargetMark mark = of(rate, target == null ? null : BigDecimal.valueOf(target));
        if (mark != BELOW || pace == null || rate == null || target == null) {
            return mark;
        }
        return rate.multiply(BigDecimal.valueOf(pace.days()))
                .compareTo(BigDecimal.valueOf((long) target * pace.elapsedDays())) >= 0 ? ON_PACE : BELOW;
    }

    String theme() {
        return theme;
    }

    /** The figure as a Lumo badge in this mark's colour, with its icon and a tooltip in words. */
    Component badge(String text, Function<String, String> translate) {
        Span badge = new Span();
        if (icon != null) {
            badge.add(icon.create());
        }
        badge.add(new Span(text));
        badge.addClassName("progress-target");
        badge.getElement().getThemeList().add("badge small " + theme);
        badge.getElement().setAttribute("data-mark", name());
        if (titleKey != null) {
            badge.getElement().setAttribute("title", translate.apply(titleKey));
        }
        return badge;
    }
}
