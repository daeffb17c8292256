package org.cundang.sensor;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sensor spec taken apart: scheme, target and parameters, e.g. {@code modbus:/dev/ttyUSB0?profile=xy-md02&amp;address=1,2}
 * has scheme {@code modbus}, target {@code /dev/ttyUSB0} and two parameters. Immutable. Typed getters check ranges
 * and answer bad values with CD-6103, so providers need not repeat that work.
 */
public final class SensorSpec {

    private static final int MAX_LENGTH = 2048;

    private final URI uri;
    private final String scheme;
    private final String target;
    private final Map<String, String> params;

    private SensorSpec(URI uri, String scheme, String target, Map<String, String> params) {
        this.uri = uri;
        this.scheme = scheme;
        this.target = target;
        this.params = params;
    }

    /**
     * Parses a spec written as text.
     *
     * @param text the spec, not null
     * @return the spec
     * @throws SensorException CD-6103 if it is not a URI with a scheme, or too long
     */
    public static SensorSpec parse(String text) {
        requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            throw invalid(text.substring(0, 64) + "…", "longer than " + MAX_LENGTH + " characters");
        }
        try {
            return of(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new SensorException("CD-6103", SensorMessages.text("CD-6103", text,
                    e.getReason() + " at index " + e.getIndex()), e);
        }
    }

    /**
     * Takes a URI apart. Parameters come from the query ({@code ?a=1&amp;b=2}), percent-decoded; a repeated name keeps
     * its last value.
     *
     * @param uri the spec, not null
     * @return the spec
     * @throws SensorException CD-6103 if it has no scheme or an empty target
     */
    public static SensorSpec of(URI uri) {
        requireNonNull(uri, "uri");
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw invalid(uri.toString(), "no scheme (such as sim: or modbus:)");
        }
        String ssp = uri.getRawSchemeSpecificPart();
        int q = ssp.indexOf('?');
        String target = decode(q < 0 ? ssp : ssp.substring(0, q));
        if (target.isBlank()) {
            throw invalid(uri.toString(), "no target after the scheme");
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : ssp.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new SensorSpec(uri, scheme.toLowerCase(java.util.Locale.ROOT), target, Collections.unmodifiableMap(params));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** The URI as given. */
    public URI uri() {
        return uri;
    }

    /** The scheme in lower case, e.g. {@code modbus}. */
    public String scheme() {
        return scheme;
    }

    /** The part between the scheme and the parameters, e.g. {@code /dev/ttyUSB0} or {@code room1}. */
    public String target() {
        return target;
    }

    /** The parameters in the order written. */
    public Map<String, String> params() {
        return params;
    }

    /**
     * A parameter's text.
     *
     * @param name the name, not null
     * @return the value, if present
     */
    public Optional<String> param(String name) {
        requireNonNull(name, "name");
        return Optional.ofNullable(params.get(name));
    }

    /**
     * Refuses parameters this provider does not know (a typo should not be silently ignored).
     *
     * @param known the names the provider reads, not null
     * @return this spec
     * @throws SensorException CD-6103 naming the unknown parameters
     */
    public SensorSpec requireOnly(Set<String> known) {
        requireNonNull(known, "known");
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw invalid(uri.toString(), "unknown parameter(s) " + unknown + "; known: " + new TreeSet<>(known));
        }
        return this;
    }

    /**
     * An integer parameter.
     *
     * @param name     the name, not null
     * @param fallback the value when absent
     * @param min      the smallest allowed value
     * @param max      the largest allowed value
     * @return the value
     * @throws SensorException CD-6103 if it is not an integer in range
     */
    public long longParam(String name, long fallback, long min, long max) {
        String v = params.get(requireNonNull(name, "name"));
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < min || n > max) {
                throw invalid(uri.toString(), name + "=" + v + " is outside " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(uri.toString(), name + "=" + v + " is not an integer");
        }
    }

    /**
     * A decimal parameter.
     *
     * @param name     the name, not null
     * @param fallback the value when absent
     * @param min      the smallest allowed value
     * @param max      the largest allowed value
     * @return the value
     * @throws SensorException CD-6103 if it is not a finite number in range
     */
    public double doubleParam(String name, double fallback, double min, double max) {
        String v = params.get(requireNonNull(name, "name"));
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw invalid(uri.toString(), name + "=" + v + " is not a number");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw invalid(uri.toString(), name + "=" + v + " is outside " + min + ".." + max);
        }
        return d;
    }

    /**
     * A CD-6103 exception for this spec, for providers that find other problems.
     *
     * @param detail what is wrong, not null
     * @return the exception
     */
    public SensorException invalid(String detail) {
        return invalid(uri.toString(), requireNonNull(detail, "detail"));
    }

    private static SensorException invalid(String spec, String detail) {
        return SensorMessages.exception("CD-6103", spec, detail);
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
