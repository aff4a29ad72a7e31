# Reads Payara Micro's console log (records separated by blank lines) and prints one short line for each record of
# the application's own loggers (org.tradeexecutor.*), every SEVERE record, and the "ready" line; the rest (boot
# command echoes, module start-ups) is only in the log file. Portable awk (mawk, gawk, busybox).
# Lines are gathered into a record until a blank line (or the next record's start) and printed at once: a record
# is never held back waiting for the next one.
/^$/ { flush(); next }
/^(\033\[[0-9;]*m)?\[[0-9][0-9][0-9][0-9]-/ { flush() }
{ buffer = buffer == "" ? $0 : buffer "\n" $0 }
END { flush() }

function flush(    record, n, field, level, logger, message, ours, ready, short) {
    if (buffer == "") return
    record = buffer
    buffer = ""
    gsub(/\033\[[0-9;]*m/, "", record)
    if (record !~ /^\[[0-9][0-9][0-9][0-9]-/) return
    n = split(record, field, /\] \[/)
    if (n < 5) return
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
