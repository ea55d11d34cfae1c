package io.switchboard.bench;

import java.util.List;
import java.util.Locale;

/** The pacing results as a Markdown table, for the terminal and for notes. */
final class PacingReport {

    private PacingReport() {}

    static String markdown(List<PacingResult> results) {
        StringBuilder report = new StringBuilder();
        report.append(
                "| scenario | commands | allowed/s | accepted/s | ratio | unpaced ceiling/s | ratio to reachable | refused for a limit | not sent | took |\n");
        report.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (PacingResult result : results) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %.3f | %s | %.3f %s | %d | %d | %d s |%n",
                    result.scenario(),
                    result.commands(),
                    result.allowedRate(),
                    result.achievedRate(),
                    result.ratio(),
                    Double.isNaN(result.ceilingRate()) ? "-" : String.format(Locale.ROOT, "%.2f", result.ceilingRate()),
                    result.ratioToReachable(),
                    result.passes() ? "✔" : "✘",
                    result.refusals(),
                    result.undelivered(),
                    result.elapsed().toSeconds()));
        }
        report.append(
                        "\nRatio = sends the simulator accepted per second (its clock, first to last accepted send) / the ")
                .append("rate its limits allow. Unpaced ceiling = the same burst to another number with pacing and ")
                .append("limits off, before and after (mean): what this machine can push through the whole path. ")
                .append("Pass: ratio to reachable (the allowed rate, or the ceiling when lower) >= 0.95, ")
                .append("0 refusals, every command sent.\n");
        return report.toString();
    }
}
