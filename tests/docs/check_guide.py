#!/usr/bin/python3
"""The user guide shows every screen: each screenshot in docs/ is referenced by docs/user-guide.md and
built into the program with it (resources/guide.qrc), each picture the guide names exists, and the
guide lists its keyboard shortcuts. Usage: check_guide.py SOURCE_DIR"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
guide = (root / "docs/user-guide.md").read_text(encoding="utf-8")
qrc = (root / "resources/guide.qrc").read_text(encoding="utf-8")
shots = sorted(p.name for p in (root / "docs").glob("*.png"))
named = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide)
problems = []
for shot in shots:
    if shot not in named:
        problems.append(f"docs/{shot}: no screenshot of this screen in the guide")
    if f'alias="{shot}"' not in qrc:
        problems.append(f"docs/{shot}: not built into the program (resources/guide.qrc)")
for name in named:
    if not (root / "docs" / name).is_file():
        problems.append(f"the guide shows {name}, which docs/ does not have")
if not re.search(r"^## .*Клавиш", guide, re.M):
    problems.append("the guide has no chapter of keyboard shortcuts («Клавиши»)")
for p in problems:
    print(p)
print(f"{len(shots)} screenshots, {len(named)} pictures in the guide, {len(problems)} problems")
sys.exit(1 if problems else 0)
