# Sourced by the scripts here: sets JAVA_HOME to a JDK 25 or newer if it is not one already.
_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(_java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 25 ] 2>/dev/null; then
  for _jdk in /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    if [ -x "$_jdk/bin/java" ] && [ "$(_java_major "$_jdk")" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME=$_jdk; break
    fi
  done
  unset _jdk
fi
