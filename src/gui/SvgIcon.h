#pragma once
#include <QIcon>

// One of Kurator's own icons (SVG in the resources), sharp at any size and scale. Each file is read
// once, when it is first drawn, and each size drawn once: Qt's SVG icon engine is a plugin found by
// scanning the plugins folder, and it parses the file when the icon is made and again for every
// size and state drawn, which was a tenth of the start of the program.
QIcon svgIcon(const QString &path);
