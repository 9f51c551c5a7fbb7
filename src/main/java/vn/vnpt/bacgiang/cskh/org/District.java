package vn.vnpt.bacgiang.cskh.org;

/** The ten districts and cities of Bắc Giang; their names are proper nouns, the same in both languages. */
public enum District {
    BGG("TP Bắc Giang"), LNM("Lục Nam"), LNG("Lục Ngạn"), SDG("Sơn Động"), YTE("Yên Thế"),
    TYN("Tân Yên"), HHA("Hiệp Hòa"), VYN("Việt Yên"), LGG("Lạng Giang"), YDG("Yên Dũng");

    private final String displayName;

    District(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
