package vn.vnpt.bacgiang.cskh.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChartModel model = new ChartModel("Tiến độ", "Đơn vị",
            List.of("Phòng bán hàng \"Việt Yên\"", "Lạng Giang"),
            List.of(new ChartModel.Series("Đã liên hệ", List.of(12L, 0L)),
                    new ChartModel.Series("Liên lạc được", List.of(7L, 3_000_000_000L))),
            new ChartModel.Series("Chỉ tiêu", List.of(10L, 5L)));

    @Test
    void theOptionNamesEveryCategoryAndSeriesAndCarriesTheExactFigures() {
        JsonNode option = JSON.readTree(ChartOptions.json(model));

        assertThat(option.at("/yAxis/data/0").asString()).isEqualTo("Phòng bán hàng \"Việt Yên\"");
        assertThat(option.at("/yAxis/data/1").asString()).isEqualTo("Lạng Giang");
        assertThat(option.at("/series/0/name").asString()).isEqualTo("Đã liên hệ");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(option.at("/series/0/data").toString()).isEqualTo("[12,0]");
        assertThat(option.at("/series/1/name").asString()).isEqualTo("Liên lạc được");
        assertThat(option.at("/series/1/data").toString()).isEqualTo("[7,3000000000]");
        assertThat(option.at("/series/2/name").asString()).isEqualTo("Chỉ tiêu");
        assertThat(option.at("/series/2/type").asString()).isEqualTo("scatter");
        assertThat(option.at("/series/2/data").toString()).isEqualTo("[10,5]");
        assertThat(option.at("/series")).hasSize(3);
    }

    @Test
    void quotesInNamesAreEscapedAndVietnameseLettersKeptAsTheyAre() {
        String json = ChartOptions.json(model);

        assertThat(json).contains("\"Phòng bán hàng \\\"Việt Yên\\\"\"").contains("Liên lạc được");
    }

    @Test
    void withoutATargetOnlyTheBarsAreDrawn() {
        ChartModel bars = new ChartModel("t", "c", List.of("A"), List.of(new ChartModel.Series("s", List.of(1L))), null);

        assertThat(JSON.readTree(ChartOptions.json(bars)).at("/series")).hasSize(1);
    }

    @Test
    void aSeriesWithAFigureMissingForACategoryIsRefused() {
        assertThatThrownBy(() -> new ChartModel("t", "c", List.of("A", "B"),
                List.of(new ChartModel.Series("s", List.of(1L))), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
