package io.github.whmcs4j.benchmarks.databind;

import java.time.LocalDate;
import java.util.List;

/**
 * What a databind user would write for {@code GetClients}: the SDK's {@code GetClientsResponse}
 * with the same names and value types, plus the envelope fields databind must map somewhere and the
 * {@code clients.client[]} wrapper as a record of its own (databind has no notion of WHMCS's
 * wrapped lists, so the wrapper object is modelled as it is sent).
 */
public record ClientsResponse(String result, String message, Integer totalresults, Integer startnumber,
                              Integer numreturned, ClientList clients) {

    /** The {@code clients} wrapper object: {@code {"client": [...]}}, or repeated {@code <client>} elements. */
    public record ClientList(List<Client> client) {
    }

    /** One client, with the field types of {@code GetClientsResponse.Client}. */
    public record Client(Long id, String firstname, String lastname, String companyname, String email,
                         LocalDate datecreated, Long groupid, String status) {
    }
}
