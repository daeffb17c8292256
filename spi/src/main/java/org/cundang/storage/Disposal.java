package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What happened to an item at the end of its period: an appraisal (鉴定) decided to destroy it, and, once a signed
 * 销毁清册 was carried out, when and under which list it was destroyed. The item's record stays in the store for
 * ever (DOMAIN.md decision 3: "leaves a metadata record behind"; Alfresco's "ghosting").
 *
 * @param appraisalId   the custody record of the appraisal that decided to destroy, not null
 * @param destructionId the custody record of the 销毁清册 and its certificate, or null while not yet destroyed
 * @param destroyedOn   the day the content was destroyed, or null while not yet destroyed
 */
public record Disposal(String appraisalId, @Nullable String destructionId, @Nullable LocalDate destroyedOn) {

    /**
     * Validates the parts.
     *
     * @throws IllegalArgumentException when only one of destructionId and destroyedOn is given
     */
    public Disposal {
        requireNonNull(appraisalId, "appraisalId");
        if ((destructionId == null) != (destroyedOn == null)) {
            throw new IllegalArgumentException("destructionId and destroyedOn go together");
        }
    }

    /**
     * A decision to destroy, not yet carried out.
     *
     * @param appraisalId the appraisal record, not null
     * @return the disposal
     */
    public static Disposal decided(String appraisalId) {
        return new Disposal(appraisalId, null, null);
    }

    /**
     * The same decision, carried out.
     *
     * @param destruction the destruction record, not null
     * @param on          the day, not null
     * @return the disposal
     */
    public Disposal destroyed(String destruction, LocalDate on) {
        return new Disposal(appraisalId, requireNonNull(destruction, "destruction"), requireNonNull(on, "on"));
    }

    /** @return whether the content has been destroyed */
    public boolean isDestroyed() {
        return destroyedOn != null;
    }

    /** @return the destruction record's id, empty while not destroyed */
    public Optional<String> destruction() {
        return Optional.ofNullable(destructionId);
    }
}
