# Sourced by scripts/run and scripts/bench: how the application is started here.

# Payara Micro deploys the exploded WAR that `mvn package` leaves in target/, as the container image does (an uber jar
# would be unpacked again at every start: ~1 s more).
app_war=target/discord-trade-executor.war
app_launch=(-jar target/payara-micro.jar --deploy target/discord-trade-executor --contextroot /)

# JVM options that let a start reuse what an earlier one loaded and linked: JDK 25 and later the AOT cache (JEPs 483,
# 514), JDK 19–24 a dynamic class-data-sharing archive, JDK 17–18 the same in two steps. The first start after a build
# records it into target/jvm-cache when it stops (a few seconds longer to stop); the later ones map it in.
# JVM_CACHE=off leaves it out.
jvm_cache_options() {
  [[ "${JVM_CACHE:-on}" == off ]] && return 0
  local version dir=target/jvm-cache file
  version=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  [[ "$version" =~ ^[0-9]+$ ]] || return 0
  mkdir -p "$dir"
  if (( version >= 25 )); then
    file="$dir/app-java$version.aot"
    if [[ -f "$file" && "$file" -nt "$app_war" ]]; then echo "-XX:AOTCache=$file"; else rm -f "$file"; echo "-XX:AOTCacheOutput=$file -Xlog:aot=off -Xlog:cds=off"; fi
  elif (( version >= 19 )); then
    file="$dir/app-java$version.jsa"
    [[ -f "$file" && ! "$file" -nt "$app_war" ]] && rm -f "$file"
    echo "-Xlog:cds=off -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$file"
  else
    file="$dir/app-java$version.jsa"
    if [[ -f "$file" && "$file" -nt "$app_war" ]]; then echo "-XX:SharedArchiveFile=$file"; else rm -f "$file"; echo "-XX:ArchiveClassesAtExit=$file -Xlog:cds=off"; fi
  fi
}

# Whether the options jvm_cache_options gave record the cache (this start makes it) rather than use one.
jvm_cache_records() {
  [[ "$1" == *AOTCacheOutput* || "$1" == *ArchiveClassesAtExit* ]] && return 0
  [[ "$1" == *AutoCreateSharedArchive* && ! -f "${1##*SharedArchiveFile=}" ]]
}
