package vn.vnpt.bacgiang.cskh.segment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.vnpt.bacgiang.cskh.org.District;

/** How saved segments store their criteria and district counts: JSON text. */
final class SegmentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SegmentJson() {
    }

    static String write(SegmentCriteria criteria) {
        return JSON.writeValueAsString(criteria);
    }

    static SegmentCriteria readCriteria(String json) {
        return JSON.readValue(json, SegmentCriteria.class);
    }

    @Converter
    static class CriteriaConverter implements AttributeConverter<SegmentCriteria, String> {
        @Override
        public String convertToDatabaseColumn(SegmentCriteria criteria) {
            return write(criteria);
        }

        @Override
        public SegmentCriteria convertToEntityAttribute(String json) {
            return readCriteria(json);
        }
    }

    @Converter
    static class DistrictCountsConverter implements AttributeConverter<Map<District, Long>, String> {
        @Override
        public String convertToDatabaseColumn(Map<District, Long> counts) {
            return JSON.writeValueAsString(counts);
        }

        @Override
        public Map<District, Long> convertToEntityAttribute(String json) {
            return new EnumMap<>(JSON.readValue(json, new TypeReference<Map<District, Long>>() {
            }));
        }
    }
}
