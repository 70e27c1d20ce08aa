// The build failed on the spec, with the spec's file, line and column, the problem and its code,
// and no stack trace; nothing was generated.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*package-info\.java:\[\d+,\d+\] com\/example\/broken\/broken\.yaml:9:18: unknown type "lng" for parameter serviceid of broken_getthings; use one of: .*\[WHMCS-SPEC-UNKNOWN_TYPE\]/
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [\w.$]+\(/) : 'a stack trace was printed'
assert !log.contains('Caused by:')
assert !new File(basedir, 'target/generated-sources/annotations/com/example/broken/WhmcsClient.java').exists()
