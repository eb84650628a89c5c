// Where the time of opening a 100,000-person registry goes: bench_breakdown [EXISTING_DB]
// (with a file made by bench_make_db, a profiler sees only the reading)
#include "BenchData.h"
#include "services/HugePageHeap.h"
#include "gui/RegistryModel.h"
#include "services/RegistryService.h"
#include "storage/PersonRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    HugePageHeap::reserve(); // as kurator does
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const bool existing = argc > 1;
    auto db = Database::open(existing ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("b.sqlite"))).value();
    if (!existing)
        fillPeople(*db, 100000);
    QTextStream out(stdout);
    QElapsedTimer t;
    t.start();
    PersonRepository repo(db->connection());
    repo.consentStatuses(QDate(2024, 11, 15));
    out << "consents_ms " << t.restart() << '\n';
    PersonFilter all;
    all.ordered = false;
    for (int i = 0; i < (qEnvironmentVariableIsSet("BREAKDOWN_REPEAT") ? 8 : 1); ++i)
        repo.summaries(all);
    out << "people_list_ms " << t.restart() << '\n';
    const RegistryTable table = RegistryService(db).load(RegistryKind::People, 2024, QDate(2024, 11, 15));
    out << "registry_load_ms " << t.restart() << '\n';
    RegistryModel model;
    model.setTable(table);
    out << "model_set_table_ms " << t.restart() << '\n';
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1200, 700);
    view.show();
    view.repaint();
    QApplication::processEvents();
    out << "view_show_ms " << t.restart() << '\n';
    RegistryFilter f;
    f.search = QStringLiteral("и");
    model.setFilter(f);
    out << "filter_model_ms " << t.restart() << '\n';
    view.repaint();
    QApplication::processEvents();
    out << "filter_view_ms " << t.restart() << '\n';
    return 0;
}
