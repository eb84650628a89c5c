#include "domain/NameRedaction.h"

#include <catch2/catch.hpp>

namespace {
const QStringList kMaria{QStringLiteral("Иванова"), QStringLiteral("Мария"), QStringLiteral("Сергеевна")};
QString redacted(const char *text, const QStringList &parts = kMaria) { return NameRedaction::redact(QString::fromUtf8(text), parts); }
}

TEST_CASE("every case form of a name is removed from a text, the rest stays")
{
    CHECK(redacted("Встреча с Ивановой Марией: обсудили олимпиаду") == QStringLiteral("Встреча с [удалено] [удалено]: обсудили олимпиаду"));
    CHECK(redacted("Марии Сергеевне рекомендовано") == QStringLiteral("[удалено] [удалено] рекомендовано"));
    CHECK(redacted("ИВАНОВА М.С. пропустила") == QStringLiteral("[удалено] М.С. пропустила"));
    CHECK(redacted("Семёнов", {QStringLiteral("Семенов")}) == QStringLiteral("[удалено]"));
    CHECK(redacted("Петрову Петру", {QStringLiteral("Пётр"), QStringLiteral("Петров")}) == QStringLiteral("[удалено] [удалено]"));
}

TEST_CASE("words that only begin like a name are kept")
{
    // «аннотация» is not «Анна», «Ивановка» is; a short name matches only whole. A near name
    // («Марина» for «Мария») goes too: better a word too many removed than a case form kept.
    CHECK(redacted("Марина и аннотация", {QStringLiteral("Мария"), QStringLiteral("Анна")}) == QStringLiteral("[удалено] и аннотация"));
    CHECK(redacted("Ян и Яна, янтарь", {QStringLiteral("Ян")}) == QStringLiteral("[удалено] и Яна, янтарь"));
    CHECK(redacted("Ничего личного") == QStringLiteral("Ничего личного"));
    CHECK(redacted("", kMaria).isEmpty());
    CHECK(redacted("Иванова", {}) == QStringLiteral("Иванова"));
}
