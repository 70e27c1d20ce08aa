package io.github.whmcs4j.tests.e2e;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared set-up of the end-to-end tests: a stand-in on 127.0.0.1 and clients of the generated SDK. */
final class StandIns {
    static final String IDENTIFIER = "e2e-identifier";
    static final String SECRET = "e2e-s3cret+/=";

    private StandIns() {
    }

    static WhmcsStandIn start() {
        return WhmcsStandIn.start().requireApiKey(IDENTIFIER, SECRET);
    }

    static WhmcsClient client(WhmcsStandIn standIn, ResponseFormat format) {
        return WhmcsClient.builder()
                .endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(IDENTIFIER, SECRET))
                .responseFormat(format)
                .allowPlainHttp()
                .build();
    }

    /** The start of every body this client sends: action, credentials (form-encoded) and responsetype. */
    static String prefix(String action, ResponseFormat format) {
        return "action=" + action + "&identifier=e2e-identifier&secret=e2e-s3cret%2B%2F%3D&responsetype="
                + format.wireName();
    }

    static String fixture(String name) {
        try (InputStream in = StandIns.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
