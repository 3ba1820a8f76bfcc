#!/usr/bin/env bash
# The man page (packaging/linux/docent.1) and `docent --help` must not drift apart: every
# sub-command and option the help of docent and of each command names is in the man page, and
# every option the man page names is in some help.
# usage: check-manpage.sh DOCENT MANPAGE
set -u
docent=$1
page=$2
# The man page as plain words: roff escapes for '-' undone, font changes dropped.
text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/^\.[A-Z]* *//' "$page")
help=$("$docent" --help) || { echo "docent --help failed"; exit 1; }
commands=$(printf '%s\n' "$help" | sed -n '/^Commands:/,/^[^ ]/p' | awk '/^  [a-z]/{print $1}')
[ -n "$commands" ] || { echo "no commands found in docent --help"; exit 1; }
allHelp=$help
for command in $commands; do
    sub=$("$docent" "$command" --help) || { echo "docent $command --help failed"; exit 1; }
    allHelp+=$'\n'$sub
done
status=0
for command in $commands; do
    grep -qE "(^|[^-a-z])docent $command( |$)" <<<"$text" || { echo "the man page lacks the synopsis of '$command'"; status=1; }
    grep -qx "$command" <<<"$(sed -n '/^\.SH COMMANDS/,/^\.SH OPTIONS/p' "$page" | sed -e 's/\\-/-/g' | awk '/^\.B /{print $2}')" ||
        { echo "the man page's COMMANDS section lacks '$command'"; status=1; }
done
helpOptions=$(grep -oE '(^|[ ,])--?[a-z][a-z-]*' <<<"$allHelp" | tr -d ' ,' | sort -u)
for option in $helpOptions; do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" <<<"$text" || { echo "the man page lacks the option $option"; status=1; }
done
pageOptions=$(sed -n '/^\.SH OPTIONS/,/^\.SH ENVIRONMENT/p' "$page" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' |
    grep -oE '(^|[ "])--?[a-z][a-z-]*' | tr -d ' "' | sort -u)
for option in $pageOptions; do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" <<<"$allHelp" || { echo "the man page names $option, which no help knows"; status=1; }
done
[ $status -eq 0 ] && echo "the man page names every command and option of the help, and no other"
exit $status
