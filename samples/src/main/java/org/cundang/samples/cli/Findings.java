package org.cundang.samples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.Finding;

/** Findings on the command line: one line each for people, one object each in JSON. */
final class Findings {

    private Findings() {
    }

    static List<Map<String, Object>> toJson(List<Finding> findings, Cli cli) {
        List<Map<String, Object>> list = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", f.code());
            m.put("severity", f.severity().name());
            m.put("subject", f.subject());
            m.put("message", cli.text(f.message()));
            if (!f.details().isEmpty()) {
                m.put("details", f.details());
            }
            list.add(m);
        }
        return list;
    }

    static String line(Finding f, Cli cli) {
        return f.code() + " " + f.severity().name() + " " + (f.subject().isEmpty() ? "" : f.subject() + ": ")
                + cli.text(f.message());
    }
}
