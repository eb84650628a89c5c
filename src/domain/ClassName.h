#pragma once
#include <QString>
#include <optional>

// School class such as "7Б": grade 1–11 and an optional letter.
struct ClassName
{
    int grade = 0;
    QString letter;

    static std::optional<ClassName> parse(const QString &text);
    QString text() const { return QString::number(grade) + letter; }
};
