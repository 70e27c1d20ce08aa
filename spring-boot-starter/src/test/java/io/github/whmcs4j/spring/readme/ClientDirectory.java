package io.github.whmcs4j.spring.readme;

import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import java.util.List;
import org.springframework.stereotype.Service;

/** The README's "Spring Boot" snippet, word for word: change both together. */
@Service
public class ClientDirectory {
    private final WhmcsClient whmcs;

    public ClientDirectory(WhmcsClient whmcs) {   // @Qualifier("resellerWhmcsClient") for the named one
        this.whmcs = whmcs;
    }

    public List<String> activeClientEmails() {
        return whmcs.clients().getClients(r -> r.status(GetClientsRequest.Status.ACTIVE)).clients().stream()
                .map(GetClientsResponse.Client::email)
                .toList();
    }
}
