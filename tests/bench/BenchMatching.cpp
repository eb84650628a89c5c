// A whole matching run end to end — the cohort read from the banks, every pair scored by all
// criteria, the exact assignment, the run saved: bench_matching [MENTEES MENTORS CAPACITY]
#include "services/MatchingService.h"
#include "services/ReferenceData.h"
#include "storage/PersonRepository.h"
#include "storage/ProfileRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
const QStringList kTopics = QStringLiteral(
    "математика олимпиада физика химия биология история литература русский английский программирование "
    "робототехника шахматы футбол волейбол музыка рисование театр проект исследование экология журналистика "
    "волонтёрство лидерство ОГЭ ЕГЭ адаптация общение самоорганизация профориентация дизайн")
                                .split(QLatin1Char(' '));

QString some(QRandomGenerator &rng, int count)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words << kTopics.at(int(rng.bounded(kTopics.size())));
    return words.join(QStringLiteral(", "));
}

Status fill(Database &db, int mentees, int mentors, int capacity)
{
    QRandomGenerator rng(20261123);
    return db.transaction([&]() -> Status {
        PersonRepository people(db.connection());
        ProfileRepository profiles(db.connection());
        for (int i = 0; i < mentees + mentors; ++i) {
            const bool mentor = i >= mentees;
            Person p;
            p.lastName = QStringLiteral("Участник%1").arg(i);
            p.firstName = QStringLiteral("Тест");
            p.category = PersonCategory::Pupil;
            const int grade = mentor ? 9 + int(rng.bounded(3)) : 5 + int(rng.bounded(4));
            p.className = QString::number(grade) + QStringLiteral("А");
            p.birthDate = QDate(2024 - 7 - grade, 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)));
            const Result<qint64> id = people.insert(p);
            if (!id)
                return Status::failure(id.error());
            Consent c;
            c.personId = id.value();
            c.signedOn = QDate(2024, 9, 2);
            if (const auto r = people.addConsent(c); !r)
                return Status::failure(r.error());
            Result<qint64> saved = 0;
            if (mentor) {
                MentorProfile m;
                m.personId = id.value();
                m.yearStart = 2024;
                m.competencies = some(rng, 3);
                m.interests = some(rng, 2);
                m.schedule = QStringLiteral("пн, ср");
                m.desiredAgeFrom = 10;
                m.desiredAgeTo = 14;
                m.capacity = capacity;
                saved = profiles.saveMentor(m);
            } else {
                MenteeProfile m;
                m.personId = id.value();
                m.yearStart = 2024;
                m.request = some(rng, 2);
                m.interests = some(rng, 2);
                saved = profiles.saveMentee(m);
            }
            if (!saved)
                return Status::failure(saved.error());
        }
        return Status();
    });
}
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int mentees = argc > 3 ? QString::fromLatin1(argv[1]).toInt() : 2000;
    const int mentors = argc > 3 ? QString::fromLatin1(argv[2]).toInt() : 500;
    const int capacity = argc > 3 ? QString::fromLatin1(argv[3]).toInt() : 4;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("match.sqlite"))).value();
    if (!ReferenceData::installDefaults(*db) || !fill(*db, mentees, mentors, capacity))
        return 1;
    MatchingService service(db);
    double best = 1e300;
    int matched = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const Result<MatchResult> r = service.run(2024, QDate(2024, 10, 1));
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
        if (!r)
            return 1;
        matched = int(r->pairs.size());
    }
    QTextStream(stdout) << "matching_run_ms mentees=" << mentees << " mentors=" << mentors << " capacity=" << capacity
                        << " best_of_3=" << best << " matched=" << matched << '\n';
    return 0;
}
