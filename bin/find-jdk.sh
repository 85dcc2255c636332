# Sourced by ./pyxis and ./test: sets PYXIS_JAVA_HOME to a JDK (with javac) of version 21 or newer.
# Looks at $JAVA_HOME, then java on PATH, then the usual install folders, newest version first.

pyxis_jdk_version() {  # prints the major version of the JDK at $1, or nothing
  local v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.\([0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -n 1)
  set -- $v
  if [ "${1:-}" = 1 ]; then echo "${2:-0}"; else echo "${1:-}"; fi
}

pyxis_find_jdk() {
  local candidates=() c v best="" best_v=0 java_on_path
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java_on_path=$(command -v java 2>/dev/null); then
    java_on_path=$(readlink -f "$java_on_path")
    candidates+=("$(dirname "$(dirname "$java_on_path")")")
  fi
  for c in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  # The first candidate that qualifies in the order above wins for JAVA_HOME and PATH (the user's
  # choice); among the install folders the newest wins.
  for c in "${candidates[@]}"; do
    v=$(pyxis_jdk_version "$c")
    [ -n "$v" ] && [ "$v" -ge 21 ] || continue
    if [ "$c" = "${JAVA_HOME:-}" ] || { [ -n "$java_on_path" ] && [ "$c/bin/java" -ef "$java_on_path" ]; }; then
      best=$c; break
    fi
    if [ "$v" -gt "$best_v" ]; then best=$c; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "pyxis: no JDK 21 or newer found. Looked at \$JAVA_HOME (${JAVA_HOME:-unset}), java on PATH" \
         "(${java_on_path:-none}) and /usr/lib/jvm, /usr/local/lib/jvm, /opt/java, /opt/jdk*," \
         "/Library/Java/JavaVirtualMachines. Install a JDK 21+ or set JAVA_HOME to one." >&2
    return 1
  fi
  PYXIS_JAVA_HOME=$best
  # Maven 3.8's bundled Guava calls sun.misc.Unsafe, which JDK 24+ warns about on every build.
  if [ "$(pyxis_jdk_version "$best")" -ge 24 ]; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
