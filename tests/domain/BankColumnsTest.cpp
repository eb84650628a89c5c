#include "domain/BankColumns.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("a bank's column set: fields of that bank, each once, each titled; the problem names the column")
{
    const QByteArray good = R"({"bank": "mentees", "columns": [
        {"field": "name", "title": "Фамилия, имя, отчество"}, {"field": "birth_date", "title": "Дата рождения"},
        {"field": "request", "title": "Запрос"}]})";
    const auto set = BankColumns::parse(good, MemberRole::Mentee);
    REQUIRE(set.ok());
    REQUIRE(set->size() == 3);
    CHECK(set->at(0).field == BankColumns::Field::Name);
    CHECK(set->at(1).title == QStringLiteral("Дата рождения"));
    CHECK(BankColumns::info(set->at(1).field).kind == BankColumns::Kind::Date);
    // Written and read back, the set is the same.
    const auto again = BankColumns::parse(BankColumns::toJson(*set, MemberRole::Mentee), MemberRole::Mentee);
    REQUIRE(again.ok());
    CHECK(again->at(2).field == BankColumns::Field::Request);
    CHECK(again->at(2).title == QStringLiteral("Запрос"));

    const auto problem = [](const char *json, MemberRole bank) {
        const auto r = BankColumns::parse(QByteArray(json), bank);
        REQUIRE_FALSE(r.ok());
        return r.error();
    };
    CHECK(problem("не json", MemberRole::Mentee).contains(QStringLiteral("не JSON")));
    CHECK(problem(R"({"columns": []})", MemberRole::Mentee).contains(QStringLiteral("нет ни одного столбца")));
    CHECK(problem(R"({"bank": "mentors", "columns": [{"field": "name", "title": "ФИО"}]})", MemberRole::Mentee)
              .contains(QStringLiteral("«mentors»")));
    CHECK(problem(R"({"columns": [{"field": "name", "title": "ФИО"}, {"field": "shoe_size", "title": "Размер"}]})", MemberRole::Mentee)
          == QStringLiteral("Столбец 2: неизвестное поле «shoe_size»."));
    CHECK(problem(R"({"columns": [{"field": "about", "title": "Компетенции"}]})", MemberRole::Mentee)
          == QStringLiteral("Столбец 1: поля «about» нет в базе наставляемых."));
    CHECK(problem(R"({"columns": [{"field": "request", "title": "Запрос"}]})", MemberRole::Mentor)
          == QStringLiteral("Столбец 1: поля «request» нет в базе наставников."));
    CHECK(problem(R"({"columns": [{"field": "name", "title": "ФИО"}, {"field": "name", "title": "Ещё раз"}]})", MemberRole::Mentee)
          == QStringLiteral("Столбец 2: поле «name» уже есть в наборе."));
    CHECK(problem(R"({"columns": [{"field": "name", "title": "  "}]})", MemberRole::Mentee)
          == QStringLiteral("Столбец 1: нет заголовка (title) у поля «name»."));
}

TEST_CASE("every field a bank offers has a code, a width and a description, and belongs to it")
{
    for (MemberRole bank : {MemberRole::Mentee, MemberRole::Mentor}) {
        const QList<BankColumns::FieldInfo> fields = BankColumns::fields(bank);
        CHECK(fields.size() >= 20);
        for (const BankColumns::FieldInfo &f : fields) {
            INFO(f.code.toStdString());
            CHECK_FALSE(f.code.isEmpty());
            CHECK(f.width > 0);
            CHECK_FALSE(f.description.isEmpty());
            CHECK(BankColumns::info(f.field).code == f.code);
        }
    }
}
