package vn.vnpt.bacgiang.cskh.sla;

/** Why a day is off: the public holidays of the Labour Code, a compensation day, or another day off. */
public enum HolidayKind {
    NEW_YEAR, TET, HUNG_KINGS, REUNIFICATION, LABOUR, NATIONAL_DAY, COMPENSATION, OTHER;

    public String labelKey() {
        return "sla.holiday.kind." + name();
    }
}
