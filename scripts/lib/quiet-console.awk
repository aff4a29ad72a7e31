# Reads Payara Micro's console log (records separated by blank lines) and prints one short line for each record of
# the application's own loggers (org.tradeexecutor.*), every SEVERE record, and the "ready" line; the rest (boot
# command echoes, module start-ups) is only in the log file. Portable awk (mawk, gawk, busybox).
BEGIN { RS = "" }
{
    record = $0
    gsub(/\033\[[0-9;]*m/, "", record)
    if (record !~ /^\[[0-9][0-9][0-9][0-9]-/) next
    n = split(record, field, /\] \[/)
    if (n < 5) next
    level = field[3]
    logger = field[5]
    message = record
    sub(/^.*\[levelValue: [0-9]+\] /, "", message)
    sub(/^\[\[[ \n]*/, "", message)
    sub(/[ \n]*\]\]$/, "", message)
    ours = (logger ~ /^org\.tradeexecutor/)
    ready = (message ~ /ready in [0-9,]+ \(ms\)/)
    if (ours || level == "SEVERE" || ready) {
        short = logger
        sub(/.*\./, "", short)
        if (ready) message = "Payara Micro is ready: " message
        printf "%s %-7s %s: %s\n", substr(field[1], 13, 8), level, short, message
        fflush()
    }
}
