// Makes a store of N synthetic people for the start-up benchmark: bench_make_db FILE N
#include "BenchData.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: bench_make_db FILE N\n";
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        QTextStream(stderr) << db.error() << '\n';
        return 1;
    }
    const Status s = fillPeople(*db.value(), args[2].toInt());
    if (!s)
        QTextStream(stderr) << s.error() << '\n';
    return s ? 0 : 1;
}
