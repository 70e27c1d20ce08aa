package io.github.whmcs4j.cli.drift;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The drift report as Markdown: a summary, then per command what did not match the spec. */
final class DriftReport {
    private DriftReport() {
    }

    static String markdown(String endpointHost, String version, List<Findings> all, PersonalData masking) {
        StringBuilder md = new StringBuilder("# WHMCS spec drift report\n\n");
        long checked = all.stream().filter(findings -> findings.calls > 0).count();
        long drifted = all.stream().filter(Findings::drifted).count();
        md.append("- Installation: ").append(endpointHost).append('\n');
        md.append("- WHMCS version: ").append(version == null ? "unknown (WhmcsDetails gave none)" : version).append('\n');
        md.append("- Read-only commands checked: ").append(checked).append(" of ").append(all.size()).append('\n');
        md.append("- Commands with drift: ").append(drifted).append('\n');
        md.append("- Personal data in samples: ").append(masking == null ? "shown" : "masked").append("\n\n");
        List<Findings> driftedFirst = new java.util.ArrayList<>(all.stream().filter(Findings::drifted).toList());
        all.stream().filter(findings -> !findings.drifted()).forEach(driftedFirst::add);
        for (Findings findings : driftedFirst) {
            if (findings.calls == 0 || (!findings.drifted() && findings.listForms.isEmpty() && findings.emptyForms.isEmpty())) {
                continue;
            }
            md.append("## ").append(findings.command).append(" (").append(findings.calls)
                    .append(findings.calls == 1 ? " call" : " calls").append(")\n\n");
            if (!findings.unknown.isEmpty()) {
                md.append("Fields the spec does not describe:\n\n| path | inferred type | sample |\n| --- | --- | --- |\n");
                findings.unknown.values().forEach(unknown -> md.append("| `").append(unknown.path()).append("` | ")
                        .append(typeText(unknown.inferred())).append(" | ").append(cell(sample(masking, unknown.path(),
                                unknown.sample()))).append(" |\n"));
                md.append('\n');
            }
            if (!findings.mismatches.isEmpty()) {
                md.append("Values that do not fit the spec's type:\n\n| path | spec type | raw sample | fits |\n| --- | --- | --- | --- |\n");
                findings.mismatches.values().forEach(mismatch -> md.append("| `").append(mismatch.path()).append("` | ")
                        .append(mismatch.type().specName()).append(" | ")
                        .append(cell(sample(masking, mismatch.path(), mismatch.sample()))).append(" | ")
                        .append(mismatch.proposed().specName()).append(" |\n"));
                md.append('\n');
            }
            forms(md, "List shapes seen", findings.listForms);
            forms(md, "Empty forms seen", findings.emptyForms);
        }
        List<Findings> notChecked = all.stream().filter(findings -> findings.calls == 0).toList();
        if (!notChecked.isEmpty()) {
            md.append("## Not checked\n\n| command | why |\n| --- | --- |\n");
            notChecked.forEach(findings -> md.append("| ").append(findings.command).append(" | ")
                    .append(cell(findings.failures.isEmpty() ? "no answer" : findings.failures.get(0))).append(" |\n"));
        }
        return md.toString();
    }

    private static String sample(PersonalData masking, String path, Object value) {
        return masking == null ? new PersonalData(true).sample(path, value) : masking.sample(path, value);
    }

    private static void forms(StringBuilder md, String title, Map<String, Set<String>> forms) {
        if (forms.isEmpty()) {
            return;
        }
        md.append(title).append(":\n\n| path | forms |\n| --- | --- |\n");
        forms.forEach((path, seen) -> md.append("| `").append(path).append("` | ").append(cell(String.join("; ", seen)))
                .append(" |\n"));
        md.append('\n');
    }

    /** A type name, or a spec mapping in YAML's flow style: {@code {list: tag, fields: {name: string}}}. */
    private static String typeText(Object inferred) {
        return inferred instanceof String type ? type : "`" + flow(inferred) + "`";
    }

    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new java.util.ArrayList<>();
            map.forEach((key, entry) -> entries.add(key + ": " + flow(entry)));
            return "{" + String.join(", ", entries) + "}";
        }
        return String.valueOf(value);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
