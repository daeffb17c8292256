package org.cundang.environment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cundang.Finding;
import org.cundang.Severity;

/**
 * The result of {@link EnvironmentAssessor#assess(java.util.Collection)}: per sensor, the compliance view and the
 * risk view (DOMAIN.md decision 9), plus the alerts they raise. The two views disagree at the edges on purpose:
 * 24 °C / 60 % passes JGJ 25-2010 but its preservation index (about 21 years) rates RISK.
 *
 * @param profile       the profile the readings were judged against, not null
 * @param settings      the settings used, not null
 * @param compliance    one entry per sensor, in order of first appearance, not null
 * @param risk          one entry per sensor with plausible readings, same order, not null
 * @param alerts        every alert, by sensor then kind, not null
 * @param inputFindings findings about the input as a whole (CD-6032: no readings), not null
 */
public record EnvironmentAssessment(RoomProfile profile, AssessmentSettings settings,
                                    List<SensorCompliance> compliance, List<SensorRisk> risk, List<Alert> alerts,
                                    List<Finding> inputFindings) {

    /** Validates and copies the fields. */
    public EnvironmentAssessment {
        requireNonNull(profile, "profile");
        requireNonNull(settings, "settings");
        compliance = List.copyOf(compliance);
        risk = List.copyOf(risk);
        alerts = List.copyOf(alerts);
        inputFindings = List.copyOf(inputFindings);
    }

    /** Every finding: the input findings, then each alert as a finding. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>(inputFindings);
        for (Alert a : alerts) {
            out.add(a.toFinding());
        }
        return List.copyOf(out);
    }

    /**
     * Whether the room complies: no finding of severity {@link Severity#ERROR} (excursions, swings over the limit,
     * light over the limit, swapped sensors, no readings). Data issues and risk ratings are warnings.
     *
     * @return true when nothing breaks a rule
     */
    public boolean passesCompliance() {
        return inputFindings.stream().noneMatch(Finding::isError)
                && alerts.stream().noneMatch(a -> a.severity() == Severity.ERROR);
    }

    /**
     * The compliance view of one sensor.
     *
     * @param sensorId the sensor, not null
     * @return its compliance, or empty when it sent no readings
     */
    public Optional<SensorCompliance> complianceOf(String sensorId) {
        requireNonNull(sensorId, "sensorId");
        return compliance.stream().filter(c -> c.sensorId().equals(sensorId)).findFirst();
    }

    /**
     * The risk view of one sensor.
     *
     * @param sensorId the sensor, not null
     * @return its risk, or empty when it sent no plausible readings
     */
    public Optional<SensorRisk> riskOf(String sensorId) {
        requireNonNull(sensorId, "sensorId");
        return risk.stream().filter(c -> c.sensorId().equals(sensorId)).findFirst();
    }

    /** Every excursion of every sensor. */
    public List<Excursion> excursions() {
        List<Excursion> out = new ArrayList<>();
        compliance.forEach(c -> out.addAll(c.excursions()));
        return List.copyOf(out);
    }
}
