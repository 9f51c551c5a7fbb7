package vn.vnpt.bacgiang.cskh.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MessageBundlesTest {

    static Stream<String> bundles() throws IOException {
        Resource[] vietnamese = new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*_vi.properties");
        return Stream.of(vietnamese).map(resource -> resource.getFilename().replace("_vi.properties", ""));
    }

    @ParameterizedTest(name = "bundle {0} has the same keys in Vietnamese and English")
    @MethodSource("bundles")
    void everyTextExistsInBothLanguages(String bundle) throws IOException {
        Properties vietnamese = load("i18n/" + bundle + "_vi.properties");
        Properties english = load("i18n/" + bundle + "_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
        assertThat(vietnamese.stringPropertyNames()).allMatch(key -> key.startsWith(bundle + ".")
                || bundle.equals("base"));
    }

    @Test
    void theVipTierHasOneNameEverywhere() throws IOException {
        for (String[] label : new String[][] {{"customer", "customer.vip"}, {"handoff", "handoff.packet.vip"},
                {"execution", "execution.field.vip"}, {"segment", "segment.criterion.VIP_TIERS"},
                {"segment", "segment.member.vip"}}) {
            assertThat(load("i18n/" + label[0] + "_vi.properties").getProperty(label[1])).as(label[1]).isEqualTo("Hạng VIP");
            assertThat(load("i18n/" + label[0] + "_en.properties").getProperty(label[1])).as(label[1]).isEqualTo("VIP tier");
        }
    }

    @ParameterizedTest(name = "bundle {0} is Vietnamese in the Vietnamese file")
    @MethodSource("bundles")
    void vietnameseTextsKeepTheirDiacritics(String bundle) throws IOException {
        Properties vietnamese = load("i18n/" + bundle + "_vi.properties");
        assertThat(String.join(" ", vietnamese.stringPropertyNames().stream().map(vietnamese::getProperty).toList()))
                .containsPattern("[ạảãàáâậầấẩẫăắằặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ]");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
