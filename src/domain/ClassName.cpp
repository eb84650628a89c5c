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
    return ClassName{grade, match.captured(2).toUpper()};
}
