#!/usr/bin/env bash
# After `mvn -B verify` (which builds the jars): `jar --describe-module` on every published jar. Each
# must have its module name (the runtime from its module-info, the others from Automatic-Module-Name),
# and the runtime must export exactly its public and generated-code packages. scripts/check-release.sh
# runs it first.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the runtime exports: the public API and the SPI generated code is compiled against (not internal).
RUNTIME_EXPORTS="io.github.whmcs4j.runtime io.github.whmcs4j.runtime.codec io.github.whmcs4j.runtime.error io.github.whmcs4j.runtime.spi io.github.whmcs4j.runtime.transport"

status=0
check() { # jar-glob expected-module-name
  local jar
  jar=$(ls $1 2>/dev/null | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' -e '/original-' | sed -n 1p || true)
  if [[ -z "$jar" ]]; then
    echo "MISSING  $1 (build with mvn -B verify first)"; status=1; return
  fi
  local name
  name=$(jar --describe-module --file "$jar" | grep -v -e '^No module descriptor' -e '^$' | sed -n 1p | sed 's/[@ ].*//')
  if [[ "$name" == "$2" ]]; then echo "OK       $jar: $name"; else echo "WRONG    $jar: $name, expected $2"; status=1; fi
}

check 'runtime/target/whmcs4j-runtime-*.jar' io.github.whmcs4j.runtime
check 'spec/target/whmcs4j-spec-*.jar' io.github.whmcs4j.spec
check 'processor/target/whmcs4j-processor-*.jar' io.github.whmcs4j.processor
check 'generated-sample/target/whmcs4j-sdk-*.jar' io.github.whmcs4j.sdk
check 'testkit/target/whmcs4j-testkit-*.jar' io.github.whmcs4j.testkit
check 'cli/target/whmcs4j-cli.jar' io.github.whmcs4j.cli
check 'maven-plugin/target/whmcs4j-maven-plugin-*.jar' io.github.whmcs4j.maven
check 'spring-boot-starter/target/whmcs4j-spring-boot-starter-*.jar' io.github.whmcs4j.spring

runtime=$(ls runtime/target/whmcs4j-runtime-*.jar | grep -v -e '-sources' -e '-javadoc' | sed -n 1p)
exports=$(jar --describe-module --file "$runtime" | awk '$1 == "exports" {print $2}' | sort | tr '\n' ' ')
expected=$(printf '%s\n' $RUNTIME_EXPORTS | sort | tr '\n' ' ')
if [[ "$exports" == "$expected" ]]; then echo "OK       runtime exports: $exports"; else
  echo "WRONG    runtime exports: $exports; expected: $expected"; status=1; fi
if jar --describe-module --file "$runtime" | grep -q '^opens'; then echo "WRONG    the runtime opens packages"; status=1; fi
exit $status
