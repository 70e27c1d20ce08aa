package io.github.whmcs4j.processor.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names taken in one Java scope (a class's members, a method's locals, a package's types), seeded
 * with the names the generated code itself uses there, so a name from a spec never collides with
 * generated code nor with another name from the spec. Each taken name remembers what took it, so a
 * collision can be reported naming both.
 */
public final class NameAllocator {
    private final Map<String, String> owners = new HashMap<>();
    private final boolean ignoreCase;

    private NameAllocator(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** A scope whose names are told apart by case, as Java does. */
    public static NameAllocator of(Collection<String> generated) {
        NameAllocator scope = new NameAllocator(false);
        generated.forEach(name -> scope.owners.put(name, "generated code"));
        return scope;
    }

    /** A scope of top-level types, whose files must differ on file systems that ignore case. */
    public static NameAllocator ignoringCase() {
        return new NameAllocator(true);
    }

    /** Takes exactly {@code name} for {@code owner}; what already holds it when it is taken, else {@code null}. */
    public String claim(String name, String owner) {
        String key = key(name);
        String holder = owners.get(key);
        if (holder == null) {
            owners.put(key, owner);
        }
        return holder;
    }

    /** {@code wanted}, or else {@code wanted_}, {@code wanted_2}, …: for members, where {@code _} marks an escape. */
    public String member(String wanted, String owner) {
        if (claim(wanted, owner) == null) {
            return wanted;
        }
        String escaped = wanted.endsWith("_") ? wanted : wanted + "_";
        for (int i = 2; claim(escaped, owner) != null; i++) {
            escaped = wanted + "_" + i;
        }
        return escaped;
    }

    /** {@code Wanted}, or else {@code Wanted2}, {@code Wanted3}, …: for types and methods, which carry no {@code _}. */
    public String numbered(String wanted, String owner) {
        String candidate = wanted;
        for (int i = 2; claim(candidate, owner) != null; i++) {
            candidate = wanted + i;
        }
        return candidate;
    }

    /** {@code WANTED}, or else {@code WANTED_2}, …: for enum constants. */
    public String constant(String wanted, String owner) {
        String candidate = wanted;
        for (int i = 2; claim(candidate, owner) != null; i++) {
            candidate = wanted + "_" + i;
        }
        return candidate;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
