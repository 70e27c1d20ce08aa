package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.spi.FormWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

/**
 * How the client authenticates: an API credential pair ({@code identifier} + {@code secret}, the
 * recommended way), or the legacy admin {@code username} + md5 of the password; optionally with the
 * {@code accesskey} that lets calls past WHMCS's IP allow-list.
 *
 * <p>{@link #toString()} never shows a secret.
 */
public final class Credentials {
    private enum Kind { API_KEY, ADMIN_PASSWORD }

    private final Kind kind;
    private final String user;
    private final String secret;
    private final String accessKey;

    private Credentials(Kind kind, String user, String secret, String accessKey) {
        this.kind = kind;
        this.user = requireText(user, kind == Kind.API_KEY ? "identifier" : "username");
        this.secret = requireText(secret, kind == Kind.API_KEY ? "secret" : "password");
        this.accessKey = accessKey;
    }

    /** An API credential created in WHMCS under Setup › Staff Management › Manage API Credentials. */
    public static Credentials apiKey(String identifier, String secret) {
        return new Credentials(Kind.API_KEY, identifier, secret, null);
    }

    /**
     * The API credential in the environment variables {@code WHMCS_IDENTIFIER} and {@code WHMCS_SECRET},
     * with the access key in {@code WHMCS_ACCESS_KEY} when that is set. A variable that is empty counts
     * as not set.
     *
     * @return the credentials those variables hold
     * @throws IllegalStateException naming each required variable that is not set (never a value)
     */
    public static Credentials fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * As {@link #fromEnvironment()}, reading the variables through {@code variables} instead of the
     * process environment: {@code Map.of("WHMCS_IDENTIFIER", ..., "WHMCS_SECRET", ...)::get}, or a
     * lookup in your own configuration.
     *
     * @param variables gives the value of a variable by name, or {@code null} when it is not set
     * @return the credentials those variables hold
     * @throws IllegalStateException naming each required variable that is not set (never a value)
     */
    public static Credentials fromEnvironment(Function<String, String> variables) {
        return new EnvironmentVariables(variables).credentials();
    }

    /** Legacy admin authentication; the password is sent as its md5 hex, as WHMCS expects. */
    public static Credentials adminPassword(String username, String password) {
        return adminPasswordMd5(username, md5Hex(requireText(password, "password")));
    }

    /** Legacy admin authentication with the md5 hex of the password already computed. */
    public static Credentials adminPasswordMd5(String username, String passwordMd5) {
        return new Credentials(Kind.ADMIN_PASSWORD, username, passwordMd5, null);
    }

    /** The same credentials with an access key, sent as {@code accesskey}. */
    public Credentials withAccessKey(String accessKey) {
        return new Credentials(kind, user, secret, requireText(accessKey, "accessKey"));
    }

    void writeTo(FormWriter form) {
        if (kind == Kind.API_KEY) {
            form.add("identifier", user).addSecret("secret", secret);
        } else {
            form.add("username", user).addSecret("password", secret);
        }
        form.addSecret("accesskey", accessKey);
    }

    @Override
    public String toString() {
        return kind == Kind.API_KEY
                ? "Credentials[apiKey identifier=" + user + ", secret=***" + (accessKey == null ? "" : ", accesskey=***") + "]"
                : "Credentials[admin username=" + user + ", password=***" + (accessKey == null ? "" : ", accesskey=***") + "]";
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }

    private static String md5Hex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
