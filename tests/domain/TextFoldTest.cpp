#include "domain/ClassName.h"
#include "domain/TextFold.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("folding makes Russian search case- and ё-insensitive")
{
    CHECK(TextFold::fold(QStringLiteral("Иванов")) == QStringLiteral("иванов"));
    CHECK(TextFold::fold(QStringLiteral("Семён")) == QStringLiteral("семен"));
    CHECK(TextFold::fold(QStringLiteral("ЁЛКИН")) == QStringLiteral("елкин"));
    CHECK(TextFold::fold(QStringLiteral("  Анна   Мария\t")) == QStringLiteral("анна мария"));
    CHECK(TextFold::nameKey(QStringLiteral("Королёв"), QStringLiteral("Пётр"), QString())
          == QStringLiteral("королев петр"));
}

TEST_CASE("folded keys order Russian names alphabetically with ё as е")
{
    const QString a = TextFold::fold(QStringLiteral("Ёлкин"));
    const QString b = TextFold::fold(QStringLiteral("Жуков"));
    const QString c = TextFold::fold(QStringLiteral("Ежов"));
    CHECK(c < a);
    CHECK(a < b);
}

TEST_CASE("school classes")
{
    CHECK(ClassName::parse(QStringLiteral("7Б"))->text() == QStringLiteral("7Б"));
    CHECK(ClassName::parse(QStringLiteral("11 а"))->text() == QStringLiteral("11А"));
    CHECK(ClassName::parse(QStringLiteral("5-В"))->grade == 5);
    CHECK(ClassName::parse(QStringLiteral("10"))->letter.isEmpty());
    CHECK_FALSE(ClassName::parse(QStringLiteral("12А")).has_value());
    CHECK_FALSE(ClassName::parse(QStringLiteral("0Б")).has_value());
    CHECK_FALSE(ClassName::parse(QStringLiteral("седьмой")).has_value());
    // Latin look-alikes typed on the wrong layout are the Cyrillic letters; other Latin letters are no class.
    CHECK(ClassName::parse(QStringLiteral("7A"))->text() == QStringLiteral("7А"));
    CHECK(ClassName::parse(QStringLiteral("9c"))->text() == QStringLiteral("9С"));
    CHECK_FALSE(ClassName::parse(QStringLiteral("11Z")).has_value());
}
