#include "domain/TextFold.h"
#include "services/RegistryService.h"
#include "storage/PersonRepository.h"
#include "support/TestSupport.h"

#include <QSet>
#include <catch2/catch.hpp>
#include <random>

namespace {
RegistryRecord record(const char *name, const char *category, const char *className, ConsentStatus consent,
                      RecordStatus status = RecordStatus::Active)
{
    RegistryRecord r;
    r.searchKey = TextFold::fold(QString::fromUtf8(name));
    r.category = QString::fromUtf8(category);
    r.className = QString::fromUtf8(className);
    r.consent = consent;
    r.status = status;
    return r;
}
}

TEST_CASE("the registry filter folds case and ё and combines every filter")
{
    const RegistryRecord semen = record("Семёнов Семён Петрович 7Б", "pupil", "7Б", ConsentStatus::Valid);
    const RegistryRecord anna = record("Иванова Анна Сергеевна учитель", "teacher", "", ConsentStatus::Missing,
                                       RecordStatus::Archived);
    auto accepts = [](const RegistryFilter &f, const RegistryRecord &r) { return RegistryMatcher(f).accepts(r); };
    RegistryFilter f;
    f.search = QStringLiteral("семен");
    CHECK(accepts(f, semen));
    CHECK_FALSE(accepts(f, anna));
    f.search = QStringLiteral("ИВАНОВА анна");
    CHECK(accepts(f, anna));
    f.search = QStringLiteral("петрович семенов"); // words in any order
    CHECK(accepts(f, semen));
    f.search.clear();
    f.category = QStringLiteral("teacher");
    CHECK(accepts(f, anna));
    CHECK_FALSE(accepts(f, semen));
    f = {};
    f.className = QStringLiteral("7Б");
    CHECK(accepts(f, semen));
    CHECK_FALSE(accepts(f, anna));
    f = {};
    f.consent = ConsentStatus::Missing;
    CHECK(accepts(f, anna));
    f = {};
    f.status = RecordStatus::Active;
    CHECK_FALSE(accepts(f, anna));
}

TEST_CASE("the registry's search text finds exactly what the records' own keys find")
{
    // Keys and words drawn from a small alphabet of every kind the encoding treats apart: ASCII,
    // а..я, and escaped characters (№, é, Latin capitals left unfolded by hand, a surrogate pair),
    // so that words often occur, often nearly occur, and meet escapes on both sides.
    const QString alphabet = QStringLiteral("ая+7 №éЯZ") + QString::fromUcs4(U"\U0001F600") + QChar(0xFFFD) + QChar(0);
    std::mt19937 random(20261205);
    const auto text = [&](int length) {
        QString s;
        for (int i = 0; i < length; ++i)
            s += alphabet.at(qsizetype(random() % size_t(alphabet.size())));
        return s;
    };
    RegistryTable table;
    table.columns = {{QStringLiteral("Ключ"), RegistryColumn::Type::Text}};
    for (int i = 0; i < 600; ++i) {
        RegistryRecord r;
        r.searchKey = text(int(random() % 12));
        r.cells = {r.searchKey};
        r.category = i % 3 ? QStringLiteral("pupil") : QStringLiteral("teacher");
        table.records.push_back(r);
    }
    sortTable(table, 0, Qt::DescendingOrder); // the text follows the records into their new order
    REQUIRE(table.searchText.size() == table.records.size());
    for (int trial = 0; trial < 300; ++trial) {
        RegistryFilter f;
        f.search = text(1 + int(random() % 3)) + (trial % 4 ? QString() : QLatin1Char(' ') + text(2));
        f.category = trial % 5 ? QString() : QStringLiteral("pupil");
        const RegistryMatcher matcher(f);
        std::vector<int> expected, all(table.records.size());
        for (size_t i = 0; i < table.records.size(); ++i) {
            all[i] = int(i);
            if (matcher.accepts(table.records[i]))
                expected.push_back(int(i));
        }
        INFO(f.search.toStdString());
        CHECK(matcher.passing(table, 0, table.records.size()) == expected);
        CHECK(matcher.passing(table, all, 0, all.size()) == expected);
        std::vector<int> upper = matcher.passing(table, 300, table.records.size()), halves = matcher.passing(table, 0, 300);
        halves.insert(halves.end(), upper.begin(), upper.end());
        CHECK(halves == expected);
    }
}

TEST_CASE("a registry sorts as a plain comparison of its folded texts and values would, stably")
{
    // Texts with long shared beginnings (the first eight characters are packed into one number),
    // capitals and characters outside the packed set (Ё, №, é, «), empty texts and equal ones.
    const QStringList parts = {QStringLiteral("иванов"), QStringLiteral("Иванова"), QStringLiteral("ё"), QStringLiteral("№"),
                               QStringLiteral("é"), QStringLiteral("«"), QStringLiteral(" "), QStringLiteral("a"),
                               QStringLiteral("-"), QStringLiteral("9"), QStringLiteral("я"), QString()};
    std::mt19937 random(1205);
    RegistryTable table;
    table.columns = {{QStringLiteral("Текст"), RegistryColumn::Type::Text},
                     {QStringLiteral("Число"), RegistryColumn::Type::Number}};
    for (int i = 0; i < 30000; ++i) {
        QString text;
        for (int n = int(random() % 5); n > 0; --n)
            text += parts.at(qsizetype(random() % size_t(parts.size())));
        if (i % 4 != 0) // three in four distinct: the distinct texts too are sorted in two halves
            text += QString::number(random() % 100000);
        RegistryRecord r;
        r.id = i;
        r.cells = {text, random() % 7 ? QVariant(int(random() % 200) - 100) : QVariant()};
        r.searchKey = TextFold::fold(text);
        table.records.push_back(r);
    }
    const std::vector<RegistryRecord> original = table.records; // record i has id i
    const auto text = [&](qint64 i) { return TextFold::fold(original[size_t(i)].cells[0].toString()); };
    const auto number = [&](qint64 i) { const QVariant &v = original[size_t(i)].cells[1]; return v.isNull() ? 1000 : v.toInt(); };
    const auto ids = [&table] {
        std::vector<qint64> out;
        for (const RegistryRecord &r : table.records)
            out.push_back(r.id);
        return out;
    };
    // What sortTable must give: a stable sort of the present order, reversed for descending.
    const auto expected = [&](const auto &less, Qt::SortOrder order) {
        std::vector<qint64> now = ids();
        std::stable_sort(now.begin(), now.end(), less);
        if (order == Qt::DescendingOrder)
            std::reverse(now.begin(), now.end());
        return now;
    };
    const auto byText = [&](qint64 a, qint64 b) { return text(a) < text(b); };
    const auto byNumber = [&](qint64 a, qint64 b) { return number(a) < number(b); };
    std::vector<qint64> want = expected(byText, Qt::AscendingOrder);
    sortTable(table, 0, Qt::AscendingOrder);
    CHECK(ids() == want);
    want = expected(byNumber, Qt::AscendingOrder);
    sortTable(table, 1, Qt::AscendingOrder);
    CHECK(ids() == want);
    want = expected(byText, Qt::DescendingOrder);
    sortTable(table, 0, Qt::DescendingOrder);
    CHECK(ids() == want);
    // The search text follows: each record still finds itself by its own key.
    RegistryFilter f;
    for (size_t i = 0; i < table.records.size(); i += 97) {
        if (table.records[i].searchKey.trimmed().isEmpty())
            continue;
        f.search = table.records[i].searchKey.trimmed().section(QLatin1Char(' '), 0, 0);
        const std::vector<int> found = RegistryMatcher(f).passing(table, 0, table.records.size());
        CHECK(std::find(found.begin(), found.end(), int(i)) != found.end());
    }
}

TEST_CASE("the four registries of the demo school")
{
    auto opened = Database::open(demoDatabasePath());
    REQUIRE(opened.ok());
    RegistryService registries(opened.value());
    const QDate today(2024, 11, 15);
    const RegistryTable people = registries.load(RegistryKind::People, 2024, today);
    CHECK(people.records.size() > 1000);
    CHECK(people.classes.first() == QStringLiteral("1А"));
    CHECK(people.classes.last().startsWith(QStringLiteral("11")));
    for (const RegistryRecord &r : people.records)
        REQUIRE(r.cells.size() == people.columns.size());

    const RegistryTable mentees = registries.load(RegistryKind::Mentees, 2024, today);
    const RegistryTable mentors = registries.load(RegistryKind::Mentors, 2024, today);
    const RegistryTable partners = registries.load(RegistryKind::Partners, 2024, today);
    CHECK(mentees.records.size() >= 50);
    CHECK(mentors.records.size() >= 20);
    CHECK(partners.records.size() >= 2);
    CHECK(partners.consentColumn == -1);
    // Mentees in pairs show their mentor.
    const int mentorColumn = 6;
    CHECK(std::any_of(mentees.records.begin(), mentees.records.end(),
                      [&](const RegistryRecord &r) { return !r.cells[mentorColumn].toString().isEmpty(); }));
    // Another year has no profiles.
    CHECK(registries.load(RegistryKind::Mentees, 2019, today).records.empty());
}

TEST_CASE("a long registry read in two halves at once holds every person once, with their consent")
{
    TempDatabase t;
    PersonRepository repo(t.db->connection());
    QList<qint64> ids;
    REQUIRE(t.db->transaction([&]() -> Status {
        for (int i = 0; i < 24500; ++i) {
            Person p;
            p.lastName = QStringLiteral("Ученик%1").arg(i);
            p.firstName = QStringLiteral("Тест");
            p.category = PersonCategory::Pupil;
            p.className = QStringLiteral("%1А").arg(1 + i % 11);
            p.birthDate = QDate(2012, 1, 1);
            const auto id = repo.insert(p);
            if (!id)
                return Status::failure(id.error());
            ids << id.value();
        }
        return {};
    }).ok());
    // Gaps in the ids, and a consent on each side of the middle.
    for (int i = 0; i < 24500; i += 7)
        REQUIRE(repo.remove(ids[i]).ok());
    const qint64 early = ids[1], late = ids[24499];
    for (qint64 id : {early, late}) {
        Consent c;
        c.personId = id;
        c.signedOn = QDate(2024, 9, 1);
        REQUIRE(repo.addConsent(c));
    }
    const auto halves = repo.halves(PersonFilter(), 20000);
    REQUIRE(halves);
    CHECK(halves->middleId > early);
    CHECK(halves->middleId < late);
    CHECK(halves->above == 21000 / 2);
    CHECK_FALSE(repo.halves(PersonFilter(), 21001));

    const RegistryTable people = RegistryService(t.db).load(RegistryKind::People, 2024, QDate(2024, 11, 15));
    REQUIRE(people.records.size() == 21000);
    QSet<qint64> seen, consenting;
    for (const RegistryRecord &r : people.records) {
        seen.insert(r.id);
        if (r.consent == ConsentStatus::Valid)
            consenting.insert(r.id);
    }
    CHECK(seen.size() == 21000);
    CHECK(consenting == QSet<qint64>{early, late});
    CHECK(people.classes.size() == 11);
}
