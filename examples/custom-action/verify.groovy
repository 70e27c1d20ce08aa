// The example built from the installed artifacts: client generated, end-to-end test run and passed.
def classes = new File(basedir, 'target/classes/com/example/licensing')
assert new File(classes, 'LicensingClient.class').isFile()
assert new File(classes, 'licensing/GetLicensesRequest.class').isFile()
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.licensing.LicensingEndToEndTest.xml')
assert report.isFile() : 'the end-to-end test did not run'
def suite = report.text.find(/<testsuite [^>]*>/)
assert suite =~ /tests="[1-9]/ : suite
['failures', 'errors', 'skipped'].each { assert suite.contains(/$it="0"/) : suite }
assert new File(basedir, 'build.log').text.contains('Spec files recorded (1)')
