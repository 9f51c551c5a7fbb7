package vn.vnpt.bacgiang.cskh.segment.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vnpt.bacgiang.cskh.base.i18n.VnFormats;
import vn.vnpt.bacgiang.cskh.segment.MemberOrder;
import vn.vnpt.bacgiang.cskh.segment.SegmentCriteria;
import vn.vnpt.bacgiang.cskh.segment.SegmentMember;
import vn.vnpt.bacgiang.cskh.segment.SegmentQuery;

/**
 * The segment's customers, fetched page by page as the user scrolls and sorted by the database;
 * the grid never asks how many there are.
 */
class MembersGrid extends Grid<SegmentMember> {

    private final SegmentQuery query;

    MembersGrid(SegmentQuery query) {
        this.query = query;
        addClassName("segment-members");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setEmptyStateText(getTranslation("segment.members.empty"));
        column(SegmentMember::code, "segment.member.code", MemberOrder.Column.CODE).setFrozen(true)
                .setAutoWidth(false).setWidth("8rem");
        Column<SegmentMember> name = column(SegmentMember::name, "segment.member.name", MemberOrder.Column.NAME)
                .setFlexGrow(1).setWidth("14rem");
        column(member -> getTranslation(member.kind().labelKey()), "segment.member.kind", null);
        column(member -> member.district().displayName(), "segment.member.district", MemberOrder.Column.DISTRICT)
                .setAutoWidth(false).setWidth("10rem");
        column(SegmentMember::unitName, "segment.member.unit", null);
        column(SegmentMember::phone, "segment.member.phone", null);
        column(member -> VnFormats.money(member.arpu()), "segment.member.arpu", MemberOrder.Column.ARPU)
                .setTextAlign(ColumnTextAlign.END);
        column(SegmentMember::tenureYears, "segment.member.tenure", MemberOrder.Column.TENURE)
                .setTextAlign(ColumnTextAlign.END);
        column(member -> getTranslation(member.vipTier().labelKey()), "segment.member.vip", null);
        column(member -> getTranslation(member.churnRisk().labelKey()), "segment.member.churn",
                MemberOrder.Column.CHURN_RISK);
        column(member -> VnFormats.money(member.overdueAmount()), "segment.member.overdue",
                MemberOrder.Column.OVERDUE).setTextAlign(ColumnTextAlign.END);
        column(member -> date(member.birthDate()), "segment.member.birth", MemberOrder.Column.BIRTHDAY);
        sort(List.of(new GridSortOrder<>(name, SortDirection.ASCENDING)));
    }

    void show(SegmentCriteria criteria) {
        setItems(page -> query.members(criteria, order(page), page.getOffset(), page.getLimit()).stream());
    }

    void clear() {
        setItems(List.of());
    }

    private static MemberOrder order(Query<SegmentMember, Void> page) {
        List<QuerySortOrder> sorts = page.getSortOrders();
        if (sorts.isEmpty()) {
            return MemberOrder.BY_NAME;
        }
        QuerySortOrder first = sorts.getFirst();
        return new MemberOrder(MemberOrder.Column.valueOf(first.getSorted()),
                first.getDirection() == SortDirection.ASCENDING);
    }

    private Column<SegmentMember> column(ValueProvider<SegmentMember, ?> value, String headerKey,
                                         MemberOrder.@Nullable Column sort) {
        Column<SegmentMember> column = addColumn(value).setHeader(getTranslation(headerKey)).setAutoWidth(true)
                .setResizable(true);
        if (sort == null) {
            column.setSortable(false);
        } else {
            column.setKey(sort.name()).setSortProperty(sort.name());
        }
        return column;
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "" : VnFormats.date(date);
    }
}
