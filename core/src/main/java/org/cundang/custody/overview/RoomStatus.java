package org.cundang.custody.overview;

import static java.util.Objects.requireNonNull;

import org.cundang.environment.EnvironmentAssessment;
import org.cundang.environment.SensorCompliance;

/**
 * A storage room of the township, as its readings were judged by {@link org.cundang.environment.EnvironmentAssessor}
 * (the compliance view: JGJ 25-2010 bands per room type, DOMAIN.md decision 9). A room is out of band when any of its
 * readings left the band (an excursion, or time out of band).
 *
 * @param name       the room's name, not null
 * @param profile    the room profile id (e.g. {@code paper}), not null
 * @param readings   how many readings were judged
 * @param excursions how many excursions the compliance view found
 * @param outOfBand  whether the room was out of band
 */
public record RoomStatus(String name, String profile, long readings, long excursions, boolean outOfBand) {

    /**
     * Validates the fields.
     *
     * @throws OverviewException CD-8115 for a bad name
     */
    public RoomStatus {
        name = Texts.checked("库房 (room)", requireNonNull(name, "name"), Village.MAX_NAME, false);
        requireNonNull(profile, "profile");
        if (readings < 0 || excursions < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * A room's status from its assessment.
     *
     * @param name       the room's name, not null
     * @param assessment the assessment of its readings, not null
     * @return the status
     */
    public static RoomStatus of(String name, EnvironmentAssessment assessment) {
        requireNonNull(assessment, "assessment");
        long readings = assessment.compliance().stream().mapToLong(SensorCompliance::readings).sum();
        long excursions = assessment.excursions().size();
        boolean out = excursions > 0
                || assessment.compliance().stream().anyMatch(c -> !c.outOfBand().isZero());
        return new RoomStatus(name, assessment.profile().id(), readings, excursions, out);
    }
}
