#!/usr/bin/python3
"""Every form in ui/ gives each control the keyboard can reach a place in its tab order: a widget
that takes focus (an edit, a box, a button, a table…) and is missing from <tabstops>, or a tab stop
naming a widget that is not in the form, fails the test with the form and the widget named.
Usage: check_tab_order.py UI_DIR"""
import pathlib
import sys
import xml.etree.ElementTree as ET

FOCUSABLE = {
    "QLineEdit", "QPlainTextEdit", "QTextEdit", "QTextBrowser", "QComboBox", "QFontComboBox", "QSpinBox",
    "QDoubleSpinBox", "QDateEdit", "QTimeEdit", "QDateTimeEdit", "QCheckBox", "QRadioButton", "QPushButton",
    "QToolButton", "QListView", "QListWidget", "QTableView", "QTableWidget", "QTreeView", "QTreeWidget",
    "QSlider", "QDialogButtonBox", "QKeySequenceEdit", "QCalendarWidget", "QTabWidget",
}


def takes_focus(widget):
    for prop in widget.findall("property"):
        if prop.get("name") == "focusPolicy":
            return "NoFocus" not in "".join(prop.itertext())
    return True


problems = []
forms = sorted(pathlib.Path(sys.argv[1]).glob("*.ui"))
for form in forms:
    root = ET.parse(form).getroot()
    widgets = {w.get("name"): w.get("class") for w in root.iter("widget")}
    focusable = [name for w in root.iter("widget") if w.get("class") in FOCUSABLE and takes_focus(w)
                 for name in [w.get("name")]]
    stops = [t.text for t in root.iter("tabstop")]
    for name in focusable:
        if name not in stops:
            problems.append(f"{form.name}: {widgets[name]} «{name}» has no place in the tab order (<tabstops>)")
    for name in stops:
        if name not in widgets:
            problems.append(f"{form.name}: the tab order names «{name}», which is not in the form")
for p in problems:
    print(p)
print(f"{len(forms)} forms, {len(problems)} problems")
sys.exit(1 if problems else 0)
