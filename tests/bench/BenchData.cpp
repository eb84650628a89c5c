#include "BenchData.h"

#include "storage/PairRepository.h"
#include "storage/PersonRepository.h"

#include <QRandomGenerator>
#include <algorithm>

Status fillPeople(Database &db, int count, quint32 seed)
{
    static const char *last[] = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
                                 "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
                                 "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
                                 "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов"};
    static const char *first[] = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём",
                                  "Илья", "Кирилл", "Михаил", "Никита", "Матвей", "Роман", "Егор", "Семён",
                                  "Пётр", "Глеб", "Лев", "Тимофей", "Фёдор"};
    static const char *middle[] = {"Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Алексеевич",
                                   "Игоревич", "Олегович", "Петрович", "Ильич", "Семёнович"};
    QRandomGenerator random(seed);
    PersonRepository repo(db.connection());
    return db.transaction([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Person p;
            p.lastName = QString::fromUtf8(last[random.bounded(int(std::size(last)))]);
            p.firstName = QString::fromUtf8(first[random.bounded(int(std::size(first)))]);
            p.patronymic = QString::fromUtf8(middle[random.bounded(int(std::size(middle)))]);
            const bool pupil = random.bounded(10) < 9;
            p.category = pupil ? PersonCategory::Pupil : PersonCategory::Teacher;
            const int grade = 1 + random.bounded(11);
            p.className = pupil ? QString::number(grade) + QString(QChar(0x0410 + random.bounded(4))) : QString();
            p.position = pupil ? QString() : QStringLiteral("учитель");
            p.birthDate = pupil ? QDate(2017 - grade, 1 + random.bounded(12), 1 + random.bounded(28))
                                : QDate(1960 + random.bounded(40), 1 + random.bounded(12), 1 + random.bounded(28));
            p.phone = QStringLiteral("+79%1").arg(100000000 + random.bounded(899999999));
            auto id = repo.insert(p);
            if (!id)
                return Status::failure(id.error());
            Consent c;
            c.personId = id.value();
            c.signedOn = QDate(2024, 9, 1 + random.bounded(20));
            if (random.bounded(20) > 0)
                if (auto added = repo.addConsent(c); !added)
                    return Status::failure(added.error());
        }
        return Status();
    });
}

// Pairs of the 2024–2025 year between random people: a mentor (often a teacher) and one or two mentees.
Status fillPairs(Database &db, int people, int pairs)
{
    QRandomGenerator random(7);
    PairRepository repo(db.connection());
    return db.transaction([&]() -> Status {
        for (int i = 0; i < pairs; ++i) {
            Pair pair;
            pair.yearStart = 2024;
            pair.startedOn = QDate(2024, 9, 15).addDays(random.bounded(120));
            pair.status = PairStatus::Active;
            pair.members = {{1 + random.bounded(people), MemberRole::Mentor, {}},
                            {1 + random.bounded(people), MemberRole::Mentee, {}}};
            if (random.bounded(4) == 0)
                pair.members.append({1 + random.bounded(people), MemberRole::Mentee, {}});
            std::sort(pair.members.begin(), pair.members.end(),
                      [](const PairMember &a, const PairMember &b) { return a.personId < b.personId; });
            pair.members.erase(std::unique(pair.members.begin(), pair.members.end(),
                                           [](const PairMember &a, const PairMember &b) { return a.personId == b.personId; }),
                               pair.members.end());
            if (auto id = repo.insert(pair); !id)
                return Status::failure(id.error());
        }
        return Status();
    });
}
