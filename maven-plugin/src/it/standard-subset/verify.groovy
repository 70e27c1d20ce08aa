// Only what include names was generated: the Clients category and GetInvoice.
def sdk = new File(basedir, 'target/generated-sources/annotations/com/example/whmcs')
assert new File(sdk, 'clients/GetClientsDetailsRequest.java').isFile()
assert new File(sdk, 'clients/AddClientRequest.java').isFile()
assert new File(sdk, 'billing/GetInvoiceRequest.java').isFile()
assert !new File(sdk, 'billing/GetInvoicesRequest.java').exists()
assert !new File(sdk, 'orders').exists()
assert new File(basedir, 'target/classes/com/example/whmcs/InvoiceOwner.class').isFile()
