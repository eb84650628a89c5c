#include "domain/TextFold.h"

namespace TextFold {

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        c = c.toLower();
        if (c == QChar(0x0451)) // ё
            c = QChar(0x0435);  // е
        out.append(c);
    }
    return out;
}

QString nameKey(const QString &last, const QString &first, const QString &patronymic)
{
    return fold(last + QLatin1Char(' ') + first + QLatin1Char(' ') + patronymic);
}

} // namespace TextFold
