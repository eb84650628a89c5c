#!/usr/bin/python3
"""Every control of the forms in ui/ has a name a screen reader can say: a field is named by the label
it is the buddy of, by its own accessibleName, or by the titled group box it sits in; a button or a
check box by its text or accessibleName. A control without one fails the test with the form and the
control named. (Controls made in code are checked by the GUI test that walks the windows.)
Usage: check_accessible_names.py UI_DIR"""
import pathlib
import sys
import xml.etree.ElementTree as ET

FIELDS = {
    "QLineEdit", "QPlainTextEdit", "QTextEdit", "QTextBrowser", "QComboBox", "QFontComboBox", "QSpinBox",
    "QDoubleSpinBox", "QDateEdit", "QTimeEdit", "QDateTimeEdit", "QListView", "QListWidget", "QTableView",
    "QTableWidget", "QTreeView", "QTreeWidget", "QSlider", "QKeySequenceEdit", "QCalendarWidget", "QTabWidget",
}
BUTTONS = {"QCheckBox", "QRadioButton", "QPushButton", "QToolButton"}


def prop(widget, name):
    for p in widget.findall("property"):
        if p.get("name") == name:
            return "".join(p.itertext()).strip()
    return None


def controls(element, group):
    """Each widget with the titled group box that is its parent widget (layouts between them)."""
    for child in element:
        if child.tag == "widget":
            yield child, group
            titled = child.get("class") == "QGroupBox" and prop(child, "title")
            yield from controls(child, child if titled else None)
        else:
            yield from controls(child, group)


problems = []
forms = sorted(pathlib.Path(sys.argv[1]).glob("*.ui"))
for form in forms:
    root = ET.parse(form).getroot()
    buddies = {prop(w, "buddy") for w in root.iter("widget") if w.get("class") == "QLabel"}
    for widget, group in controls(root, None):
        kind, name = widget.get("class"), widget.get("name")
        if prop(widget, "accessibleName"):
            continue
        if kind in FIELDS and name not in buddies and group is None:
            problems.append(f"{form.name}: {kind} «{name}» has no label (buddy), accessibleName or titled group")
        if kind in BUTTONS and not prop(widget, "text"):
            problems.append(f"{form.name}: {kind} «{name}» has neither text nor accessibleName")
for p in problems:
    print(p)
print(f"{len(forms)} forms, {len(problems)} problems")
sys.exit(1 if problems else 0)
