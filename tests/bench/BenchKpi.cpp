// All KPIs of a school year over 10,000 participants and 5,000 pairs: bench_kpi [PEOPLE PAIRS]
#include "BenchData.h"
#include "services/KpiService.h"
#include "services/ReferenceData.h"
#include "storage/PairRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {
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
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int people = argc > 2 ? QString::fromLatin1(argv[1]).toInt() : 10000;
    const int pairs = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 5000;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("kpi.sqlite"))).value();
    if (!ReferenceData::installDefaults(*db) || !fillPeople(*db, people) || !fillPairs(*db, people, pairs))
        return 1;
    KpiService service(db);
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<KpiRow> rows = service.compute(2024);
        times << double(t.nsecsElapsed()) / 1e6;
        if (rows.size() != Kpi::defaultCodes().size())
            return 1;
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << "kpi_year_ms people=" << people << " pairs=" << pairs << " median=" << times[times.size() / 2]
                        << " max=" << times.last() << '\n';
    return 0;
}
