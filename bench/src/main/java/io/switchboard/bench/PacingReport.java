package io.switchboard.bench;

import java.util.List;
import java.util.Locale;

/** The pacing results as a Markdown table, for the terminal and for notes. */
final class PacingReport {

    private PacingReport() {}

    static String markdown(List<PacingResult> results) {
        StringBuilder report = new StringBuilder();
        report.append(
                "| scenario | commands | allowed/s | accepted/s | ratio | refused for a limit | not sent | took |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (PacingResult result : results) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %.3f %s | %d | %d | %d s |%n",
                    result.scenario(),
                    result.commands(),
                    result.allowedRate(),
                    result.achievedRate(),
                    result.ratio(),
                    result.passes() ? "✔" : "✘",
                    result.refusals(),
                    result.undelivered(),
                    result.elapsed().toSeconds()));
        }
        report.append("\nPass: ratio >= 0.95 with 0 refusals and every command sent. Ratio = sends the simulator ")
                .append("accepted per second (its clock, first to last accepted send) / the rate its limits allow.\n");
        return report.toString();
    }
}
