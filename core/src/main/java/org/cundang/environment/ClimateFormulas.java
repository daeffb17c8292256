package org.cundang.environment;

/**
 * The published formulas behind the risk view, as pure functions of temperature (°C) and relative humidity (%).
 * No lookup tables are used (IPI's tables are not redistributable; PRIOR-ART.md §4).
 *
 * <ul>
 *   <li>Dew point: August–Roche–Magnus with Alduchov &amp; Eskridge (1996) constants a = 17.625, b = 243.04 °C
 *       (as in ConSciR {@code calcDP.R}); valid for about 0–60 °C and 1–100 % RH.</li>
 *   <li>Preservation index: Reilly et al. (1995), as written by Padfield (2004): the rate
 *       {@code k = RH × 5.9e12 × exp(−90300 / (8.314 × T_K))} per year and {@code PI = 1/k} years.</li>
 *   <li>Equilibrium moisture content of wood: Simpson (1998), Hailwood–Horrobin form (USDA Wood Handbook).</li>
 *   <li>Mould: the VTT model of Hukka &amp; Viitanen (1999, Wood Sci. Technol. 33:475–485) with the "very
 *       sensitive" class of Ojanen et al. (2010): critical humidity, growth rate and decline.</li>
 * </ul>
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class ClimateFormulas {

    /** Magnus coefficient a (Alduchov &amp; Eskridge 1996). */
    public static final double MAGNUS_A = 17.625;
    /** Magnus coefficient b, °C (Alduchov &amp; Eskridge 1996). */
    public static final double MAGNUS_B = 243.04;

    private static final double PI_PREFACTOR = 5.9e12;
    private static final double PI_ACTIVATION = 90300;
    private static final double GAS_CONSTANT = 8.314;
    private static final double KELVIN = 273.15;

    /** VTT decline rates, mould index per hour (Hukka &amp; Viitanen 1999): first 6 dry hours, after 24 hours. */
    static final double DECLINE_EARLY_PER_HOUR = 0.032 / 24;
    static final double DECLINE_LATE_PER_HOUR = 0.016 / 24;

    private ClimateFormulas() {
    }

    /**
     * The dew point (Magnus): {@code γ = ln(RH/100) + a·T/(b+T)}, {@code Td = b·γ/(a − γ)}.
     *
     * @param temperature      °C
     * @param relativeHumidity %, above 0
     * @return the dew point, °C; NaN when RH is not above 0
     */
    public static double dewPoint(double temperature, double relativeHumidity) {
        double gamma = Math.log(relativeHumidity / 100) + MAGNUS_A * temperature / (MAGNUS_B + temperature);
        return MAGNUS_B * gamma / (MAGNUS_A - gamma);
    }

    /**
     * The preservation index (Reilly et al. 1995; Padfield 2004): the expected years before noticeable chemical
     * decay of paper and other organic material held at these conditions.
     *
     * @param temperature      °C
     * @param relativeHumidity %, above 0
     * @return PI in years; infinite at 0 % RH
     */
    public static double preservationIndex(double temperature, double relativeHumidity) {
        return 1 / decayRate(temperature, relativeHumidity);
    }

    /**
     * The chemical decay rate {@code k = 1/PI}, per year; time-weighted means of it give TWPI.
     *
     * @param temperature      °C
     * @param relativeHumidity %
     * @return the rate, per year
     */
    public static double decayRate(double temperature, double relativeHumidity) {
        return relativeHumidity * PI_PREFACTOR * Math.exp(-PI_ACTIVATION / (GAS_CONSTANT * (temperature + KELVIN)));
    }

    /**
     * The equilibrium moisture content of wood (Simpson 1998), a proxy for the moisture of hygroscopic material:
     * {@code W = 349 + 1.29T + 0.0135T²}, {@code K = 0.805 + 0.000736T − 2.73e-6T²},
     * {@code K1 = 6.27 − 0.00938T − 0.000303T²}, {@code K2 = 1.91 + 0.0407T − 0.000293T²}, h = RH/100,
     * {@code EMC = 1800/W · [Kh/(1−Kh) + (K1Kh + 2K1K2K²h²)/(1 + K1Kh + K1K2K²h²)]}.
     *
     * @param temperature      °C
     * @param relativeHumidity %
     * @return EMC, % of dry mass
     */
    public static double equilibriumMoistureContent(double temperature, double relativeHumidity) {
        double t = temperature;
        double h = relativeHumidity / 100;
        double w = 349 + 1.29 * t + 0.0135 * t * t;
        double k = 0.805 + 0.000736 * t - 2.73e-6 * t * t;
        double k1 = 6.27 - 0.00938 * t - 0.000303 * t * t;
        double k2 = 1.91 + 0.0407 * t - 0.000293 * t * t;
        double kh = k * h;
        return 1800 / w * (kh / (1 - kh) + (k1 * kh + 2 * k1 * k2 * kh * kh) / (1 + k1 * kh + k1 * k2 * kh * kh));
    }

    /**
     * The relative humidity above which mould can grow on a very sensitive surface (VTT model):
     * {@code max(−0.00267T³ + 0.160T² − 3.13T + 100, 80)} for 0 &lt; T &lt; 50 °C, and 100 % (no growth) outside.
     *
     * @param temperature °C
     * @return the critical relative humidity, %
     */
    public static double mouldCriticalHumidity(double temperature) {
        if (!(temperature > 0 && temperature < 50)) {
            return 100;
        }
        double t = temperature;
        return Math.max(-0.00267 * t * t * t + 0.160 * t * t - 3.13 * t + 100, 80);
    }

    /**
     * Whether conditions let mould grow (VTT model): 0 &lt; T &lt; 50 °C and RH at or above the critical humidity.
     *
     * @param temperature      °C
     * @param relativeHumidity %
     * @return true when the mould index grows
     */
    public static boolean mouldFavourable(double temperature, double relativeHumidity) {
        return temperature > 0 && temperature < 50 && relativeHumidity >= mouldCriticalHumidity(temperature)
                && relativeHumidity > 0;
    }

    /** The largest mould index these conditions lead to (VTT, very sensitive: A = 1, B = 7, C = 2). */
    static double mouldMaxIndex(double temperature, double relativeHumidity) {
        double crit = mouldCriticalHumidity(temperature);
        if (crit >= 100) {
            return 0;
        }
        double x = (crit - relativeHumidity) / (crit - 100);
        return Math.max(1 + 7 * x - 2 * x * x, 0);
    }

    /** The base growth rate, mould index per day, before k1 and k2 (pine sapwood, resawn: W = 0, SQ = 0). */
    static double mouldBaseRatePerDay(double temperature, double relativeHumidity) {
        return 1 / (7 * Math.exp(-0.68 * Math.log(temperature) - 13.9 * Math.log(relativeHumidity) + 66.02));
    }

    /**
     * One step of the VTT mould index: growth under favourable conditions (k1 = 1 below index 1, 2 above;
     * {@code k2 = max(1 − exp(2.3(M − Mmax)), 0)}), otherwise decline.
     *
     * @param index    the index before the step, 0–6
     * @param temperature °C during the step
     * @param relativeHumidity % during the step
     * @param hours    the step length, hours
     * @param dryHoursBefore how long conditions had been unfavourable before the step, hours
     * @return the index after the step, clamped to 0–6
     */
    static double mouldStep(double index, double temperature, double relativeHumidity, double hours,
                            double dryHoursBefore) {
        if (mouldFavourable(temperature, relativeHumidity)) {
            double max = mouldMaxIndex(temperature, relativeHumidity);
            double k1 = index < 1 ? 1 : 2;
            double k2 = Math.max(1 - Math.exp(2.3 * (index - max)), 0);
            double next = index + mouldBaseRatePerDay(temperature, relativeHumidity) * k1 * k2 * hours / 24;
            return Math.min(next, Math.max(index, Math.min(max, 6)));
        }
        double from = dryHoursBefore;
        double to = dryHoursBefore + hours;
        double early = Math.max(0, Math.min(to, 6) - Math.min(from, 6));
        double late = Math.max(0, to - Math.max(from, 24));
        return Math.max(0, index - early * DECLINE_EARLY_PER_HOUR - late * DECLINE_LATE_PER_HOUR);
    }

    /**
     * The days until the VTT mould index reaches 1 (first growth visible under a microscope) when these conditions
     * hold constantly, integrating {@code dM/dt = rate·(1 − exp(2.3(M − Mmax)))} exactly from 0 to 1.
     *
     * @param temperature      °C
     * @param relativeHumidity %
     * @return the days, or positive infinity when mould never reaches index 1 at these conditions
     */
    public static double daysToMouldGrowth(double temperature, double relativeHumidity) {
        if (!mouldFavourable(temperature, relativeHumidity)) {
            return Double.POSITIVE_INFINITY;
        }
        double c = mouldMaxIndex(temperature, relativeHumidity);
        if (c <= 1) {
            return Double.POSITIVE_INFINITY;
        }
        double a = 2.3;
        double integral = 1 - (Math.log(1 - Math.exp(a * (1 - c))) - Math.log(1 - Math.exp(-a * c))) / a;
        return integral / mouldBaseRatePerDay(temperature, relativeHumidity);
    }
}
