// The questionnaire import end to end on a fresh database: read the file, check every row, write
// the people, the bank of mentees and the answers in one transaction: bench_import FILE.csv
#include "services/HugePageHeap.h"
#include "services/QuestionnaireImport.h"
#include "services/ReferenceData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    HugePageHeap::reserve(); // as kurator-cli does
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("import.sqlite"))).value();
    if (!ReferenceData::installDefaults(*db))
        return 1;
    QElapsedTimer t;
    t.start();
    const Result<TableData> table = TableFile::read(QString::fromLocal8Bit(argv[1]));
    if (!table)
        return 1;
    const qint64 read = t.elapsed();
    QuestionnaireImport importer(db);
    const ImportPreview preview = importer.preview(*table, QuestionnaireKind::Mentee, 2024, QStringLiteral("bench.csv"));
    const qint64 checked = t.elapsed();
    const Result<ImportReport> report = importer.commit(preview, false);
    if (!report)
        return 1;
    QTextStream(stdout) << "kurator_import_ms rows=" << report->created << " time=" << t.elapsed() << " (read " << read
                        << ", checks " << checked - read << ", writes " << t.elapsed() - checked << ")\n";
    return 0;
}
