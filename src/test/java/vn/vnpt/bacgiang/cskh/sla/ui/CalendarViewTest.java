package vn.vnpt.bacgiang.cskh.sla.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.vnpt.bacgiang.cskh.KaribuTest;
import vn.vnpt.bacgiang.cskh.base.ui.ForbiddenView;
import vn.vnpt.bacgiang.cskh.sla.CalendarSettings;
import vn.vnpt.bacgiang.cskh.sla.Holiday;
import vn.vnpt.bacgiang.cskh.sla.HolidayKind;
import vn.vnpt.bacgiang.cskh.sla.WorkingCalendar;
import vn.vnpt.bacgiang.cskh.sla.WorkingPeriod;

/** Holidays added here fall in 2031, which no other test counts in; they are deleted through the service so the calendar forgets them. */
class CalendarViewTest extends KaribuTest {

    private static final LocalDate TEST_DAY = LocalDate.of(2031, 6, 11);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private CalendarSettings settings;
    @Autowired
    private Clock clock;

    @AfterEach
    void removeTheTestHoliday() throws Exception {
        as("admin", () -> {
            settings.holidays(TEST_DAY.getYear()).forEach(settings::deleteHoliday);
            return null;
        });
    }

    @Test
    void anAdminSeesTheWeeklyHoursAndTheHolidaysOfThisYearByTheClockThenOfTheYearChosen() {
        login("admin");
        navigate("working-calendar");

        assertThat(_findAll(periods())).hasSize(10)
                .allMatch(period -> period.getWeekday() <= 5)
                .anyMatch(period -> period.getStart().equals(LocalTime.of(13, 30)));
        int thisYear = LocalDate.now(clock).getYear();
        assertThat(year().getValue()).isEqualTo(thisYear);
        assertThat(_findAll(holidays())).extracting(Holiday::getDay).allMatch(day -> day.getYear() == thisYear);

        _setValue(year(), 2026);
        assertThat(_findAll(holidays())).extracting(Holiday::getDay)
                .contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 9, 2));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> year() {
        return _get(Select.class, spec -> spec.withLabel("Năm"));
    }

    @Test
    void anAdminAddsAHolidayThatTheCalendarCountsThenDeletesIt() {
        login("admin");
        navigate("working-calendar");

        _click(_get(Button.class, spec -> spec.withText("Thêm ngày nghỉ")));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ngày")), TEST_DAY);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên ngày nghỉ")), "Ngày nghỉ thử");
        @SuppressWarnings("unchecked")
        Select<HolidayKind> kind = _get(Select.class, spec -> spec.withLabel("Loại"));
        _setValue(kind, HolidayKind.COMPENSATION);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(_findAll(holidays())).extracting(Holiday::getDay).containsExactly(TEST_DAY);
        assertThat(calendar.isWorkingDay(TEST_DAY)).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Holiday' "
                + "AND action = 'CREATE' AND actor_username = 'admin' AND summary LIKE '%11/06/2031%'", Integer.class))
                .isEqualTo(1);

        Button delete = (Button) _getCellComponent(holidays(), 0, "actions").getChildren()
                .filter(Button.class::isInstance).reduce((first, second) -> second).orElseThrow();
        _click(delete);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM holiday WHERE day = ?", Integer.class, TEST_DAY)).isZero();
        assertThat(calendar.isWorkingDay(TEST_DAY)).isTrue();
    }

    @Test
    void aSecondHolidayOnTheSameDayIsRefusedNextToTheDate() {
        login("admin");
        navigate("working-calendar");

        _click(_get(Button.class, spec -> spec.withText("Thêm ngày nghỉ")));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ngày")), LocalDate.of(2026, 9, 2));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên ngày nghỉ")), "Trùng");
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        DatePicker day = _get(DatePicker.class, spec -> spec.withLabel("Ngày"));
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).isEqualTo("Ngày 02/09/2026 đã có trong lịch nghỉ.");
    }

    @Test
    void periodsThatEndBeforeTheyStartOrOverlapAreRefused() {
        login("admin");
        navigate("working-calendar");

        _click(_get(Button.class, spec -> spec.withText("Thêm giờ làm việc")));
        @SuppressWarnings("unchecked")
        Select<Integer> weekday = _get(Select.class, spec -> spec.withLabel("Thứ"));
        _setValue(weekday, 1);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Bắt đầu")), LocalTime.of(11, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Kết thúc")), LocalTime.of(10, 0));
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        TimePicker end = _get(TimePicker.class, spec -> spec.withLabel("Kết thúc"));
        assertThat(end.getErrorMessage()).isEqualTo("Giờ kết thúc phải sau giờ bắt đầu.");

        _setValue(end, LocalTime.of(12, 0));
        _click(_get(Button.class, spec -> spec.withText("Lưu")));
        TimePicker start = _get(TimePicker.class, spec -> spec.withLabel("Bắt đầu"));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("Trùng với giờ làm việc 07:30–11:30 của cùng ngày.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM working_period", Integer.class)).isEqualTo(10);
    }

    @Test
    void aHolidayChangedMeanwhileByAnotherAdminIsNotOverwrittenAndTheInputStays() {
        login("admin");
        Holiday added = settings.saveHoliday(new Holiday(TEST_DAY, "Ngày nghỉ thử", HolidayKind.OTHER));
        navigate("working-calendar");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withLabel("Năm"));
        _setValue(year, 2031);
        Button edit = (Button) _getCellComponent(holidays(), 0, "actions").getChildren()
                .filter(Button.class::isInstance).findFirst().orElseThrow();
        _click(edit);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên ngày nghỉ")), "Tên của tôi");

        Holiday meanwhile = settings.holiday(added.getId());
        meanwhile.setName("Tên của người khác");
        settings.saveHoliday(meanwhile);
        _click(_get(Button.class, spec -> spec.withText("Lưu")));

        assertThat(_get(Div.class, spec -> spec.withClasses("editor-problem")).getElement().getTextRecursively())
                .startsWith("Bản ghi vừa được người khác sửa.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Tên ngày nghỉ")).getValue()).isEqualTo("Tên của tôi");
        assertThat(settings.holiday(added.getId()).getName()).isEqualTo("Tên của người khác");
    }

    @Test
    void theDirectorCannotOpenTheWorkingCalendar() {
        login("giamdoc");
        navigate("working-calendar");

        _assertNone(CalendarView.class);
        _assertOne(ForbiddenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Không có quyền truy cập");
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkingPeriod> periods() {
        return _get(Grid.class, spec -> spec.withClasses("calendar-periods-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Holiday> holidays() {
        return _get(Grid.class, spec -> spec.withClasses("calendar-holidays-grid"));
    }
}
