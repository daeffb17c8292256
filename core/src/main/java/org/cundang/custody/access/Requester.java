package org.cundang.custody.access;

import org.cundang.internal.text.FieldText;
import org.jspecify.annotations.Nullable;

/**
 * Who consults or borrows: a name and, optionally, an identity document number and an organisation; and whether the
 * person is staff of the unit that keeps the archives (本单位人员). Requesters from outside the unit need an approver for
 * items not yet open to the public ({@link AccessPolicy#openingYears()}).
 *
 * @param name         姓名, not blank, at most 200 characters, no control characters
 * @param idNumber     证件号码, or null
 * @param organisation 单位, or null
 * @param staff        whether the requester is staff of the unit (a village cadre or the township archivist)
 */
public record Requester(String name, @Nullable String idNumber, @Nullable String organisation, boolean staff) {

    /**
     * Validates and strips the fields; blank optional fields become null.
     *
     * @throws AccessException CD-8040 for a blank name or a value too long or with control characters
     */
    public Requester {
        name = AccessException.FIELDS.required(name, "name", FieldText.SHORT);
        idNumber = AccessException.FIELDS.optional(idNumber, "idNumber", FieldText.SHORT);
        organisation = AccessException.FIELDS.optional(organisation, "organisation", FieldText.SHORT);
    }

    /**
     * A requester from outside the unit (a villager, a researcher) known by name only.
     *
     * @param name the name, not null
     * @return the requester
     */
    public static Requester outsider(String name) {
        return new Requester(name, null, null, false);
    }

    /**
     * A member of the unit's staff known by name only.
     *
     * @param name the name, not null
     * @return the requester
     */
    public static Requester staff(String name) {
        return new Requester(name, null, null, true);
    }
}
