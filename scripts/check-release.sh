#!/usr/bin/env bash
# Checks what a release would publish, without publishing anything or touching the local Maven
# repository:
#   1. The working tree is copied twice (tracked and new files, no build output) into directories of
#      different names and depths, and each copy is deployed to its own file repository
#      (mvn deploy -DaltDeploymentRepository=local::file:...), the second in another time zone,
#      locale and umask.
#   2. Exactly the parent, the BOM and the modules the BOM lists are deployed (not the demo, the
#      tests, the benchmarks or the examples); each module the BOM lists comes with its jar,
#      -sources.jar, -javadoc.jar and CycloneDX SBOM (-cyclonedx.json and .xml), at the BOM's version.
#   3. Both deployments are byte-identical, file by file (a reproducible build).
# Run after `mvn -B verify` (which runs the tests and builds the jars that step 0 reads); see the README.
set -euo pipefail
cd "$(dirname "$0")/.."

# 0. Every jar the build made has its module name, and the runtime exports what it should.
scripts/check-modules.sh

work="$PWD/target/release-check"
rm -rf "$work"
mkdir -p "$work"

copy_tree() { # the working tree's tracked and untracked-but-not-ignored files, into $1
  mkdir -p "$1"
  git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' f; do [ -f "$f" ] && printf '%s\0' "$f"; done \
    | tar --null -T - -cf - | tar -xf - -C "$1"
}

deploy() { # deploy the copy in $1 to the file repository $2, environment from the caller
  local log="$work/$(basename "$2").log"
  if ! (cd "$1" && mvn -B deploy -Dmaven.test.skip=true -DaltDeploymentRepository="local::file:$2" >"$log" 2>&1); then
    tail -n 60 "$log"
    echo "check-release: the build in $1 failed (log: $log)" >&2
    exit 1
  fi
}

first="$work/a/whmcs4j"
second="$work/second-build/elsewhere/whmcs4j-copy"
copy_tree "$first"
copy_tree "$second"
echo "check-release: building and deploying twice to file repositories under $work"
(umask 022; export TZ=UTC LC_ALL=C.UTF-8 MAVEN_OPTS="${MAVEN_OPTS:-}"; deploy "$first" "$work/staging-a")
(umask 002; export TZ=Pacific/Kiritimati LC_ALL=C MAVEN_OPTS="${MAVEN_OPTS:-} -Duser.language=tr -Duser.country=TR"
 deploy "$second" "$work/staging-b")

failures=0
# Snapshot file names carry the deploy time (name-0.1.0-20260101.120000-1.jar): name them as
# name-0.1.0-SNAPSHOT.jar to find the same file in both deployments.
normalized() { sed -E 's/-[0-9]{8}\.[0-9]{6}-[0-9]+/-SNAPSHOT/'; }
fail() { echo "check-release: $*" >&2; failures=$((failures + 1)); }

# --- 2. what is published -----------------------------------------------------------------------
group_dir="$work/staging-a/io/github/whmcs4j"
bom_pom=$(ls "$group_dir"/whmcs4j-bom/*/whmcs4j-bom-*.pom)
version=$(basename "$(dirname "$bom_pom")")
listed=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' "$bom_pom" \
  | sed -n 's:.*<artifactId>\(.*\)</artifactId>.*:\1:p' | sort)
bom_versions=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' "$bom_pom" \
  | sed -n 's:.*<version>\(.*\)</version>.*:\1:p' | sort -u)
for v in $bom_versions; do
  [ "$v" = "$version" ] || [ "$v" = '${project.version}' ] || fail "the BOM pins version $v, not $version"
done
deployed=$(cd "$group_dir" && ls -d */ | tr -d / | sort)
expected=$(printf '%s\n' $listed whmcs4j-bom whmcs4j-parent | sort)
if [ "$deployed" != "$expected" ]; then
  fail "deployed artifacts differ from the parent, the BOM and what it lists:"
  diff <(echo "$expected") <(echo "$deployed") \
    | sed -n 's/^< /  not deployed: /p; s/^> /  deployed but not in the BOM: /p' >&2 || true
fi
for artifact in $listed; do
  files=$(ls "$group_dir/$artifact/$version" 2>/dev/null | normalized || true)
  for suffix in .pom .jar -sources.jar -javadoc.jar -cyclonedx.json -cyclonedx.xml; do
    grep -qxF "$artifact-$version$suffix" <<<"$files" || fail "$artifact $version: no $suffix deployed"
  done
done

# --- 3. byte-identical ----------------------------------------------------------------------------
# maven-metadata.xml records the deploy time; every other file must match byte for byte.
compared=0
while IFS= read -r -d '' a; do
  rel=${a#"$work/staging-a/"}
  key=$(normalized <<<"$rel")
  b=""
  while IFS= read -r -d '' candidate; do
    [ "$(normalized <<<"${candidate#"$work/staging-b/"}")" = "$key" ] && b=$candidate
  done < <(find "$work/staging-b/$(dirname "$rel")" -maxdepth 1 -type f -print0 2>/dev/null)
  if [ -z "$b" ]; then
    fail "$key: only in the first build"
  elif ! cmp -s "$a" "$b"; then
    fail "$key: differs between the two builds"
    case "$a" in
      *.jar) diff <(unzip -v "$a" | awk 'NR>3 {print $7, $8}' | sort -k2) <(unzip -v "$b" | awk 'NR>3 {print $7, $8}' | sort -k2) \
               | grep '^[<>]' | head -n 10 | sed 's/^/    /' >&2 || true ;;
      *) diff "$a" "$b" | head -n 10 | sed 's/^/    /' >&2 || true ;;
    esac
  else
    compared=$((compared + 1))
  fi
done < <(find "$work/staging-a" -type f ! -name 'maven-metadata*' -print0 | sort -z)
count_b=$(find "$work/staging-b" -type f ! -name 'maven-metadata*' | wc -l)
count_a=$(find "$work/staging-a" -type f ! -name 'maven-metadata*' | wc -l)
[ "$count_a" = "$count_b" ] || fail "the builds deployed $count_a and $count_b files"

if [ "$failures" -gt 0 ]; then
  echo "check-release: $failures problem(s); deployments kept in $work" >&2
  exit 1
fi
echo "check-release: $(echo "$listed" | wc -w) modules, the BOM and the parent deployed at $version;" \
  "$compared files byte-identical across two builds"
