package org.cundang.environment;

/**
 * The limits that turn risk metrics into {@link Rating}s. The defaults follow IPI's dpcalc.org as restated by
 * preservationeval ({@code main/eval.py}, PRIOR-ART.md §4); DOMAIN.md §5.4 tags them R, so they are configuration.
 * The mould and condensation limits are Cundang's own choice (R), documented in {@code docs/environment.md}.
 *
 * @param preservationGood   PI or TWPI (years) at or above which natural ageing is GOOD (default 75)
 * @param preservationOk     PI or TWPI (years) at or above which it is OK, below it RISK (default 45)
 * @param mechanicalMinEmc   lowest EMC (%) that is OK for mechanical damage (default 5)
 * @param mechanicalMaxEmc   highest EMC (%) that is OK for mechanical damage (default 12.5)
 * @param corrosionOkEmc     EMC (%) from which metal corrosion is OK rather than GOOD (default 7.0)
 * @param corrosionRiskEmc   EMC (%) from which metal corrosion is RISK (default 10.5)
 * @param mouldRiskIndex     VTT mould index from which mould is RISK (default 1: growth under a microscope)
 * @param condensationGood   dew-point spread T − Td (°C) at or above which condensation is GOOD (default 5)
 * @param condensationOk     spread at or above which it is OK, below it RISK (default 3)
 */
public record RiskThresholds(double preservationGood, double preservationOk, double mechanicalMinEmc,
                             double mechanicalMaxEmc, double corrosionOkEmc, double corrosionRiskEmc,
                             double mouldRiskIndex, double condensationGood, double condensationOk) {

    /**
     * Validates the limits.
     *
     * @throws EnvironmentException CD-6005 if a limit is not finite or the pairs are out of order
     */
    public RiskThresholds {
        double[] all = {preservationGood, preservationOk, mechanicalMinEmc, mechanicalMaxEmc, corrosionOkEmc,
            corrosionRiskEmc, mouldRiskIndex, condensationGood, condensationOk};
        for (double v : all) {
            if (!Double.isFinite(v)) {
                throw EnvironmentException.of("CD-6005", "riskThresholds", String.valueOf(v));
            }
        }
        if (preservationOk > preservationGood || mechanicalMinEmc > mechanicalMaxEmc
                || corrosionOkEmc > corrosionRiskEmc || condensationOk > condensationGood || mouldRiskIndex <= 0) {
            throw EnvironmentException.of("CD-6005", "riskThresholds", "order");
        }
    }

    /** The defaults: PI 75/45, EMC 5–12.5, corrosion 7.0/10.5, mould index 1, dew-point spread 5/3 °C. */
    public static RiskThresholds defaults() {
        return new RiskThresholds(75, 45, 5, 12.5, 7.0, 10.5, 1, 5, 3);
    }

    /**
     * Rates natural (chemical) ageing from a PI or TWPI.
     *
     * @param years PI or TWPI, years
     * @return GOOD, OK or RISK
     */
    public Rating rateAgeing(double years) {
        return years >= preservationGood ? Rating.GOOD : years >= preservationOk ? Rating.OK : Rating.RISK;
    }

    /**
     * Rates mechanical damage: OK while EMC stays within the range, RISK outside (dpcalc gives no GOOD here).
     *
     * @param minEmc the lowest EMC seen, %
     * @param maxEmc the highest EMC seen, %
     * @return OK or RISK
     */
    public Rating rateMechanical(double minEmc, double maxEmc) {
        return minEmc >= mechanicalMinEmc && maxEmc <= mechanicalMaxEmc ? Rating.OK : Rating.RISK;
    }

    /**
     * Rates metal corrosion from the highest EMC.
     *
     * @param maxEmc the highest EMC, %
     * @return GOOD, OK or RISK
     */
    public Rating rateCorrosion(double maxEmc) {
        return maxEmc < corrosionOkEmc ? Rating.GOOD : maxEmc < corrosionRiskEmc ? Rating.OK : Rating.RISK;
    }

    /**
     * Rates mould from the highest VTT mould index: GOOD at 0, OK below the risk index, RISK from it.
     *
     * @param maxIndex the highest index reached
     * @return GOOD, OK or RISK
     */
    public Rating rateMould(double maxIndex) {
        return maxIndex <= 0 ? Rating.GOOD : maxIndex < mouldRiskIndex ? Rating.OK : Rating.RISK;
    }

    /**
     * Rates condensation from the smallest spread between air temperature and dew point: the closer the air is to
     * saturation, the smaller the cooling of a wall or a box (or of material taken out of cold storage, ISO 11799)
     * that makes water condense.
     *
     * @param spread T − Td, °C
     * @return GOOD, OK or RISK
     */
    public Rating rateCondensation(double spread) {
        return spread >= condensationGood ? Rating.GOOD : spread >= condensationOk ? Rating.OK : Rating.RISK;
    }
}
