#!/bin/sh
# Every user-visible string of the sources and forms reaches the English UI:
# - lupdate reads them into a copy of kurator_en.ts; a message left unfinished (new, or changed
#   since it was translated) fails, named with its context and text;
# - a tr() lupdate cannot give a context to (a free function's) is never extracted: it fails too;
# - a context lupdate files messages under must be one the program translates with at run time
#   (a translate("…") or QT_TRANSLATE_NOOP("…") context, a Q_OBJECT class, a form), else the
#   translation exists but is never shown.
# - a message with a count (%n) needs its Russian plural forms in kurator_ru.ts (1 год, 3 года, 5 лет).
# The fix is the usual one: cmake --build build --target update_translations, then Qt Linguist.
# Usage: check_translations.sh SOURCE_DIR LUPDATE
set -eu
source=$1
lupdate=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$source/resources/translations/kurator_en.ts" "$source/resources/translations/kurator_ru.ts" "$tmp/"
"$lupdate" -silent -no-obsolete "$source/src" "$source/ui" -ts "$tmp/kurator_en.ts" "$tmp/kurator_ru.ts" 2>"$tmp/lupdate.log"
/usr/bin/python3 - "$tmp/kurator_en.ts" "$tmp/lupdate.log" "$source" "$tmp/kurator_ru.ts" <<'PY'
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

ts, log, source = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
problems = [f"not extracted: {line.strip()}" for line in open(log, encoding="utf-8") if "without context" in line]
code = "".join(p.read_text(encoding="utf-8") for p in (source / "src").rglob("*") if p.suffix in (".cpp", ".h"))
forms = "".join(p.read_text(encoding="utf-8") for p in (source / "ui").glob("*.ui"))
runtime = ({"QObject"} | set(re.findall(r'translate\("([\w:]+)"', code)) | set(re.findall(r'QT_TRANSLATE_NOOP\("([\w:]+)"', code))
           | set(re.findall(r"class (\w+)[^;{]*\{\s*Q_OBJECT", code)) | set(re.findall(r"<class>(\w+)</class>", forms)))
for context in ET.parse(ts).getroot().iter("context"):
    name = context.findtext("name")
    if name not in runtime:
        problems.append(f"context «{name}» is never translated with at run time ({len(list(context.iter('message')))} messages)")
    for message in context.iter("message"):
        translation = message.find("translation")
        forms_ = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms_):
            problems.append(f"no English translation: {name}: {message.findtext('source')!r}")
for context in ET.parse(sys.argv[4]).getroot().iter("context"):
    for message in context.iter("message"):
        if message.get("numerus") == "yes":
            forms_ = [f.text for f in message.find("translation").iter("numerusform")]
            if len(forms_) != 3 or not all(f and f.strip() for f in forms_):
                problems.append(f"no Russian plural forms: {context.findtext('name')}: {message.findtext('source')!r}")
for p in problems:
    print(p)
print(f"{len(problems)} problems with the translations")
sys.exit(1 if problems else 0)
PY
