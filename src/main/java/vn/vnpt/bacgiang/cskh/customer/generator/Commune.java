package vn.vnpt.bacgiang.cskh.customer.generator;

/** A ward (phường), town (thị trấn) or rural commune (xã). */
record Commune(Kind kind, String name) {

    enum Kind {
        WARD("phường"), TOWN("thị trấn"), RURAL("xã");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** Reads "xã Tân Dĩnh", "thị trấn Vôi", "phường Trần Phú". */
    static Commune parse(String text) {
        for (Kind kind : Kind.values()) {
            if (text.startsWith(kind.word + " ")) {
                return new Commune(kind, text.substring(kind.word.length() + 1));
            }
        }
        throw new IllegalArgumentException("Not a commune: " + text);
    }

    /** "xã Tân Dĩnh", as written inside an address or an agency's name. */
    String inText() {
        return kind.word + " " + name;
    }

    /** "Xã Tân Dĩnh", as stored in the customer's commune. */
    String title() {
        return Character.toUpperCase(kind.word.charAt(0)) + kind.word.substring(1) + " " + name;
    }

    boolean isUrban() {
        return kind != Kind.RURAL;
    }
}
