package io.github.whmcs4j.cli.drift;

import io.github.whmcs4j.cli.Lists;
import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RawResponse;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Calls the read-only commands of a spec against an installation and checks every answer: first
 * those that need no identifier, then, with the ids those answers held (clients, invoices, orders,
 * tickets, products, domains…), those that need one, up to {@code sample} records each. A command
 * that is not read-only is never called.
 */
final class Crawl {
    private static final int ROUNDS = 3;

    private final ApiClient client;
    private final List<CommandSpec> commands;
    private final int sample;
    private final Map<String, Findings> findings = new LinkedHashMap<>();
    private final Map<String, Set<String>> ids = new LinkedHashMap<>();
    private final Set<String> answered = new LinkedHashSet<>();
    private final Set<String> attempted = new LinkedHashSet<>();
    private String version;
    private int successes;

    Crawl(ApiClient client, List<CommandSpec> commands, int sample) {
        this.client = client;
        this.commands = commands.stream().filter(CommandSpec::readOnly).toList();
        this.sample = sample;
        this.commands.forEach(command -> findings.put(command.name(), new Findings(command.name())));
    }

    /** Runs the crawl; a connection failure before any answer is thrown, later ones are recorded. */
    Crawl run() {
        commands.stream().filter(command -> command.name().equals("WhmcsDetails")).forEach(this::withoutIds);
        commands.stream().filter(command -> !command.name().equals("WhmcsDetails") && requiredParams(command).isEmpty())
                .forEach(this::withoutIds);
        for (int round = 0; round < ROUNDS; round++) {
            boolean progress = false;
            for (CommandSpec command : commands) {
                if (!answered.contains(command.name()) && withIds(command)) {
                    progress = true;
                }
            }
            if (!progress) {
                break;
            }
        }
        commands.stream().filter(command -> !attempted.contains(command.name())).forEach(command ->
                findings.get(command.name()).failures.add("not called: no value found for "
                        + String.join(", ", requiredParams(command).stream().map(ParamSpec::name).toList())));
        return this;
    }

    List<Findings> findings() {
        return List.copyOf(findings.values());
    }

    String version() {
        return version;
    }

    private void withoutIds(CommandSpec command) {
        RawRequest.Builder request = request(command);
        if (command.paginatedItems() != null) {
            request.param("limitnum", sample);
        }
        call(command, request);
    }

    /** Calls {@code command} with known ids for its required parameters, or for an id it may take. */
    private boolean withIds(CommandSpec command) {
        List<ParamSpec> needed = requiredParams(command);
        if (needed.isEmpty()) {
            needed = command.params().stream().filter(param -> param.name().endsWith("id") && ids.containsKey(idKey(param.name())))
                    .limit(1).toList();
            if (needed.isEmpty() || !attempted.contains(command.name())) {
                return false;
            }
        }
        if (!needed.stream().allMatch(param -> ids.containsKey(idKey(param.name())))) {
            return false;
        }
        boolean called = false;
        for (int row = 0; row < sample; row++) {
            RawRequest.Builder request = request(command);
            boolean complete = true;
            for (ParamSpec param : needed) {
                List<String> values = List.copyOf(ids.get(idKey(param.name())));
                if (row >= values.size()) {
                    complete = false;
                    break;
                }
                request.param(param.name(), values.get(row));
            }
            if (!complete) {
                break;
            }
            call(command, request);
            called = true;
        }
        return called && answered.contains(command.name());
    }

    private RawRequest.Builder request(CommandSpec command) {
        if (!command.readOnly()) {
            throw new IllegalStateException(command.name() + " is not read-only; drift never calls it");
        }
        return RawRequest.action(command.name()).readOnly()
                .envelope(Envelope.valueOf(command.envelope().toUpperCase(Locale.ROOT)));
    }

    private void call(CommandSpec command, RawRequest.Builder request) {
        attempted.add(command.name());
        Findings found = findings.get(command.name());
        try {
            RawResponse response = client.execute(request.build());
            successes++;
            answered.add(command.name());
            found.failures.clear();
            found.calls++;
            ShapeCheck.check(command.response(), response.fields(), found);
            collectIds(response.fields(), null);
            if (command.name().equals("WhmcsDetails") && response.fields().get("whmcs") instanceof Map<?, ?> whmcs
                    && whmcs.get("version") != null) {
                version = String.valueOf(whmcs.get("version"));
            }
        } catch (WhmcsApiException error) {
            found.failures.add("WHMCS answered: " + error.apiMessage());
        } catch (WhmcsTransportException error) {
            if (successes == 0) {
                throw error;
            }
            found.failures.add("no answer: " + error.getMessage());
        } catch (WhmcsException error) {
            found.failures.add("not a WHMCS answer: " + error.getMessage());
        }
    }

    /** Gathers ids by the parameter names that take them: {@code clientid}, an item's {@code id} as {@code <item>id}. */
    private void collectIds(Object raw, String owner) {
        if (raw instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String name = String.valueOf(key).toLowerCase(Locale.ROOT);
                if (value instanceof Map<?, ?> || value instanceof List<?>) {
                    collectIds(value, singular(name));
                } else if (!Lists.isEmptyForm(value) && String.valueOf(value).matches("\\d+") && !"0".equals(value)) {
                    if (name.endsWith("id") && !name.equals("id")) {
                        keep(name, String.valueOf(value));
                    } else if (name.equals("id") && owner != null) {
                        keep(owner + "id", String.valueOf(value));
                        if (owner.equals("product")) {
                            keep("pid", String.valueOf(value));
                        }
                    }
                }
            });
        } else if (raw instanceof List<?> items) {
            items.forEach(item -> collectIds(item, owner));
        }
    }

    private static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
                : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** Ids by a name that ignores case and underscores: {@code user_id} takes what {@code userid} held. */
    private static String idKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    private void keep(String name, String value) {
        Set<String> values = ids.computeIfAbsent(idKey(name), key -> new LinkedHashSet<>());
        if (values.size() < sample) {
            values.add(value);
        }
    }

    private static List<ParamSpec> requiredParams(CommandSpec command) {
        return command.params().stream().filter(ParamSpec::required).toList();
    }
}
