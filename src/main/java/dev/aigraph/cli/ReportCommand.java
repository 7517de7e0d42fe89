package dev.aigraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.aigraph.report.Report;
import dev.aigraph.report.ReportFormat;
import dev.aigraph.report.Reports;
import dev.aigraph.system.QueryTimeoutException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code aigraph report NAME [--param k=v]… [--format table|csv|json]}: runs a script of {@code cypher/reports/}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Runs a report script of cypher/reports/ (without NAME: lists them).",
                "Reads --uri, else the running aigraph on bolt://localhost:7687, else the embedded store."})
class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The report, e.g. investment-ledger")
    String name;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A report parameter (repeatable)")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat output;
        try {
            output = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("report: " + e.getMessage());
            return 2;
        }
        ConfigurableApplicationContext context = database.open(springArguments, err);
        if (context == null) {
            return 1;
        }
        try (context) {
            var reports = context.getBean(Reports.class);
            if (name == null) {
                for (Report report : reports.all()) {
                    out.printf("%-26s %s%n", report.name(), report.question() == null ? report.title()
                            : report.question());
                    report.defaults().forEach((p, d) -> out.printf("%-26s   --param %s=… (default %s)%n", "", p, d));
                }
                return 0;
            }
            out.print(output.write(reports.run(name, parameters)));
            out.flush();
            return 0;
        } catch (IllegalArgumentException | Reports.WriteRefused | QueryTimeoutException e) {
            err.println("report: " + e.getMessage());
            return 2;
        }
    }
}
