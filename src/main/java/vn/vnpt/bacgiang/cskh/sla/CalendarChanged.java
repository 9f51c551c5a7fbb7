package vn.vnpt.bacgiang.cskh.sla;

/** An Admin changed the working hours or the holidays: cached calendars must be read again. */
record CalendarChanged() {
}
