package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

/**
 * A village as the township's list names it: its 全宗号 (fonds code, the key the store files its items under), its
 * name (村名) and its township (乡镇). A fonds found in a store but absent from the list is shown with its code as its
 * name ({@link #unlisted(String)}).
 *
 * @param fonds    the 全宗号, not null, not blank, at most 64 characters, no control characters
 * @param name     the village name, not null, at most 200 characters (empty: the code is shown)
 * @param township the township, not null, at most 200 characters, may be empty
 */
public record Village(String fonds, String name, String township) {

    /** The longest 全宗号 accepted. */
    public static final int MAX_FONDS = 64;
    /** The longest name accepted. */
    public static final int MAX_NAME = 200;

    /**
     * Validates and strips the fields.
     *
     * @throws OverviewException CD-8115 for a blank, over-long or control-character value
     */
    public Village {
        fonds = Texts.checked("全宗号 (fonds)", requireNonNull(fonds, "fonds"), MAX_FONDS, false);
        name = Texts.checked("村名 (village)", requireNonNull(name, "name"), MAX_NAME, true);
        township = Texts.checked("乡镇 (township)", requireNonNull(township, "township"), MAX_NAME, true);
    }

    /**
     * A village the list does not name: its code stands for its name.
     *
     * @param fonds the 全宗号, not null
     * @return the village, with an empty name and township
     */
    public static Village unlisted(String fonds) {
        return new Village(fonds, "", "");
    }

    /** The name to show: the 村名, or the 全宗号 when the list gives none. */
    public String displayName() {
        return name.isEmpty() ? fonds : name;
    }
}
