#!/bin/sh
# Renders the first run's screen to docs/welcome.png and the main window on the demo school
# (offscreen, no display needed): the participants'
# registry to docs/main-window.png, the roadmap to docs/roadmap.png and docs/timeline.png, the KPI
# dashboard to docs/dashboard.png, the matching proposal to docs/matching.png, the pairs at work
# to docs/pairs.png (the card), docs/pair-plan.png and docs/pair-meetings.png, and, once the
# proposal is approved, the draft of the order fixing the new pairs to docs/order.png, and the
# questionnaires answered (the entrance diagnostics of the demo) to docs/surveys.png, the reports
# screen to docs/reports.png, the KPI targets to docs/kpi-targets.png and their definitions to
# docs/kpi-definitions.png, the roadmap import to
# docs/roadmap-import.png and, on the analytic report for December, docs/analytic-report.png, the
# user guide as Help shows it to docs/help.png, and the forms and dialogs (person, mentee profile,
# partner, matching criteria, programmes, events, server sign-in, audit log) to docs/<name>.png.
# Usage: tests/gui/render_screenshots.sh [BUILD_DIR [DOCS_DIR]]
set -eu
build=${1:-build}
docs=${2:-"$(dirname "$0")/../../docs"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LANG=ru_RU.UTF-8 LC_ALL= # Qt's own buttons in Russian, as the curator sees them
export XDG_CONFIG_HOME="$tmp/config" # the page shown first comes from the settings
mkdir -p "$XDG_CONFIG_HOME/kurator"
"$build/bin/kurator-cli" --db "$tmp/demo.sqlite" init --demo >/dev/null
# The first run's screen, before any file is opened: no recent ones yet, the school's file to be made
# in the data folder of a curator's home.
XDG_DATA_HOME=/home/curator/.local/share "$build/bin/kurator" --welcome --screenshot "$docs/welcome.png" 2>/dev/null
echo docs/welcome.png
shot() { # PAGE-ROW FILE [TAB OF THE ROADMAP OR PAIRS PAGE] [ACTION] [REPORT ROW]
    printf '[mainWindow]\nregistry=%s\n[roadmap]\ntab=%s\n[pairs]\ntab=%s\n[reports]\nreport=%s\nperiod=1\n' "$1" "${3:-0}" "${3:-0}" "${5:-0}" \
        >"$XDG_CONFIG_HOME/kurator/kurator.conf"
    "$build/bin/kurator" --db "$tmp/demo.sqlite" --screenshot "$docs/$2" ${4:+--action "$4"} 2>/dev/null
    echo "docs/$2"
}
shot 0 main-window.png
shot 4 roadmap.png
shot 4 timeline.png 1
shot 5 dashboard.png
shot 6 matching.png
shot 7 pairs.png
shot 7 pair-plan.png 1
shot 7 pair-meetings.png 2
"$build/bin/kurator-cli" --db "$tmp/demo.sqlite" match approve >/dev/null
shot 6 order.png 0 orderAction
shot 0 surveys.png 0 surveysAction
shot 5 reports.png 0 reportsAction
shot 5 analytic-report.png 0 reportsAction 5
shot 5 kpi-targets.png 0 targetsButton
shot 5 kpi-definitions.png 0 definitionsButton
# The roadmap's import of a workbook named on the command line, as a file manager passes it.
printf '[mainWindow]\nregistry=4\n' >"$XDG_CONFIG_HOME/kurator/kurator.conf"
"$build/bin/kurator" --db "$tmp/demo.sqlite" --screenshot "$docs/roadmap-import.png" \
  "$(dirname "$0")/../data/office/roadmap_000.xlsx" 2>/dev/null
echo docs/roadmap-import.png
shot 0 help.png 0 guideAction
# The forms and dialogs, each from its action (an empty form for a new participant, partner, mentee).
shot 0 person.png 0 addAction
shot 1 mentee-profile.png 0 addAction
shot 3 partner.png 0 addAction
shot 6 match-options.png 0 optionsButton
shot 7 programmes.png 0 programmesAction
shot 7 events.png 0 eventsAction
shot 0 server.png 0 serverAction
shot 0 audit-log.png 0 auditLogAction
# The coordinator's consolidated view needs a PostgreSQL server: one of the script's own, when the
# server's binaries are installed.
sh "$(dirname "$0")/../server/with_postgres.sh" sh "$(dirname "$0")/render_consolidated.sh" "$build" "$docs" ||
  echo "docs/consolidated.png: skipped (no PostgreSQL server binaries)"
