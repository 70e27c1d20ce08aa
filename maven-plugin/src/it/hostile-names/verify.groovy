// Every hostile spec was generated and compiled (with -Xlint:all -Werror: a warning fails the build), and
// the end-to-end test ran all its cases and passed.
def sdk = new File(basedir, 'target/generated-sources/annotations/com/example/hostile')
['names/projectmanagement/GetOddThingRequest.java', 'locals/things/GetThingDecoder.java',
 'parameters/things/SetThingRequest.java', 'javadoc/things/PutThingRequest.java'].each {
    assert new File(sdk, it).isFile() : "not generated: $it"
}
assert new File(basedir, 'pom.xml').text =~ /<arg>-Xlint:all<\/arg>\s*<arg>-Werror<\/arg>/ : 'compiled strictly'
assert new File(basedir, 'target/classes/com/example/hostile/names/projectmanagement/GetOddThingRequest.class').isFile()
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.hostile.HostileNamesTest.xml')
assert report.isFile() : 'the end-to-end test did not run'
def suite = report.text.find(/<testsuite [^>]*>/)
['failures', 'errors', 'skipped'].each { assert suite.contains(/$it="0"/) : suite }
assert suite =~ /tests="5"/ : suite
