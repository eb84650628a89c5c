#include "domain/TextTemplate.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace TextTemplate;

namespace {
Values orderValues()
{
    Values v;
    v.fields = {{QStringLiteral("number"), QStringLiteral("12-о")}, {QStringLiteral("school"), QStringLiteral("Школа <№ 5>")}};
    List pairs;
    pairs.fields = {QStringLiteral("n"), QStringLiteral("mentor")};
    pairs.rows = {{{QStringLiteral("n"), QStringLiteral("1")}, {QStringLiteral("mentor"), QStringLiteral("Иванова И. И.")}},
                  {{QStringLiteral("n"), QStringLiteral("2")}, {QStringLiteral("mentor"), QStringLiteral("Петров & сын")}}};
    v.lists.insert(QStringLiteral("pairs"), pairs);
    return v;
}
} // namespace

TEST_CASE("A template fills its fields and repeats a block per row, escaping HTML", "[template]")
{
    const auto r = render(QStringLiteral("Приказ № {{number}} — {{ school }}\n{{#pairs}}<tr>{{n}}. {{mentor}} ({{number}})</tr>{{/pairs}}."),
                          orderValues());
    REQUIRE(r.ok());
    CHECK(r.value() == QStringLiteral("Приказ № 12-о — Школа &lt;№ 5&gt;\n<tr>1. Иванова И. И. (12-о)</tr><tr>2. Петров &amp; сын (12-о)</tr>."));
    const auto plain = render(QStringLiteral("{{school}}"), orderValues(), Escape::None);
    CHECK(plain.value() == QStringLiteral("Школа <№ 5>"));
}

TEST_CASE("An empty list renders its block zero times but still checks its fields", "[template]")
{
    Values v = orderValues();
    v.lists[QStringLiteral("pairs")].rows.clear();
    CHECK(render(QStringLiteral("a{{#pairs}}{{n}}{{/pairs}}b"), v).value() == QStringLiteral("ab"));
    const auto typo = render(QStringLiteral("a\n{{#pairs}}\n{{mentr}}{{/pairs}}"), v);
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().contains(QStringLiteral("Строка 3")));
    CHECK(typo.error().contains(QStringLiteral("mentr")));
}

TEST_CASE("A template's mistakes are reported with their line", "[template]")
{
    const Values v = orderValues();
    const auto unknown = render(QStringLiteral("x\n\n{{director}}"), v);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("Строка 3")));
    CHECK(unknown.error().contains(QStringLiteral("director")));
    CHECK_FALSE(render(QStringLiteral("{{number"), v).ok());
    CHECK_FALSE(render(QStringLiteral("{{#pairs}}{{n}}"), v).ok());
    CHECK_FALSE(render(QStringLiteral("{{/pairs}}"), v).ok());
    CHECK_FALSE(render(QStringLiteral("{{#people}}{{/people}}"), v).ok());
    CHECK_FALSE(render(QStringLiteral("{{#pairs}}{{#pairs}}{{/pairs}}{{/pairs}}"), v).ok());
    const auto crossed = render(QStringLiteral("{{#pairs}}{{/number}}"), v);
    REQUIRE_FALSE(crossed.ok());
    CHECK(crossed.error().contains(QStringLiteral("закрыт как")));
}
