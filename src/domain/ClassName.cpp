#include "domain/ClassName.h"

#include <QRegularExpression>

std::optional<ClassName> ClassName::parse(const QString &text)
{
    // "7Б", "7 б", "7-Б", "11А", "10" — letters in Cyrillic (or Latin look-alikes typed by mistake).
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2})\\s*[-\\s«\"]?\\s*([А-Яа-яЁёA-Za-z]?)[»\"]?\\s*(?:класс|кл\\.?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int grade = match.captured(1).toInt();
    if (grade < 1 || grade > 11)
        return std::nullopt;
    QString letter = match.captured(2).toUpper();
    // A Latin letter that looks like a Cyrillic one is that one: "7A" typed on the wrong layout is
    // the pupils of 7А. Any other Latin letter names no class of a Russian school.
    if (!letter.isEmpty() && letter.at(0).unicode() < 0x80) {
        static const QString latin = QStringLiteral("ABEKMHOPCTXY"), cyrillic = QStringLiteral("АВЕКМНОРСТХУ");
        const qsizetype at = latin.indexOf(letter.at(0));
        if (at < 0)
            return std::nullopt;
        letter = cyrillic.at(at);
    }
    return ClassName{grade, letter};
}
