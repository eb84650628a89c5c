#pragma once
#include <QHash>
#include <QString>

// A hash of text for std::unordered_set/map in loops over 100,000 rows. QHash hashes a QString
// with Qt's random per-process seed, which takes SipHash: ~120 ns for a class name on this
// machine, 28 ms to collect the classes of a 100,000-person registry. Seed 0 takes Qt's fast
// path (~8 ns). Sets of the school's own values need no defence against crafted collisions.
struct TextHash
{
    size_t operator()(const QString &text) const noexcept { return qHash(QStringView(text), 0); }
};
