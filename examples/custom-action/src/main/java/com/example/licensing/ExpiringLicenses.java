package com.example.licensing;

import com.example.licensing.licensing.GetLicensesResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.GetClientsDetailsResponse;
import java.time.LocalDate;
import java.util.List;

/** What an application does with both clients: the addon's actions and the standard ones, one connection. */
public final class ExpiringLicenses {
    private final WhmcsClient whmcs;
    private final LicensingClient licensing;

    public ExpiringLicenses(WhmcsClient whmcs) {
        this.whmcs = whmcs;
        this.licensing = LicensingClient.of(whmcs.api());
    }

    /** The email of the owner of each active licence that expires before {@code date}. */
    public List<String> ownersToRemind(LocalDate date) {
        return licensing.licensing().getLicensesPaginator(r -> r.status("Active")).stream()
                .filter(license -> license.expires() != null && license.expires().isBefore(date))
                .map(GetLicensesResponse.License::serviceid)
                .distinct()
                .map(this::ownerEmail)
                .toList();
    }

    private String ownerEmail(long serviceId) {
        // A real application would look the service up first; the example keeps to one standard call.
        GetClientsDetailsResponse details = whmcs.clients().getClientsDetails(r -> r.clientid(serviceId));
        return details.client().email();
    }
}
