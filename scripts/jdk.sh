# Sourced by ./warta and scripts/test: exports JAVA_HOME for a JDK >= 21.
# Order: JAVA_HOME if it is one, else `java` on PATH if it is one, else the newest under /usr/lib/jvm.

warta_java_major() { # prints the major version of the java binary $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

warta_is_jdk() { # $1 = a java home; true when it has javac and java >= 21
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(warta_java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

warta_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && warta_is_jdk "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  local onpath; onpath=$(command -v java 2>/dev/null) || true
  if [ -n "$onpath" ]; then
    local home; home=$(dirname "$(dirname "$(readlink -f "$onpath")")")
    if warta_is_jdk "$home"; then echo "$home"; return 0; fi
  fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    warta_is_jdk "$d" || continue
    v=$(warta_java_major "$d/bin/java")
    if [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  [ -n "$best" ] && { echo "$best"; return 0; }
  echo "warta: no JDK >= 21 found (set JAVA_HOME, or install one under /usr/lib/jvm)" >&2
  return 1
}

JAVA_HOME=$(warta_find_jdk) || exit 1
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
