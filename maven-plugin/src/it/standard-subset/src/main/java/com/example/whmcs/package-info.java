/** The clients category and one billing command of the WHMCS API, from the spec bundled with the processor. */
@WhmcsSdk(standard = true, include = {"Clients", "GetInvoice"})
package com.example.whmcs;

import io.github.whmcs4j.runtime.WhmcsSdk;
