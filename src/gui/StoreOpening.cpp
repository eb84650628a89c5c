#include "gui/StoreOpening.h"

#include "services/DemoSchool.h"
#include "services/ReferenceData.h"
#include "storage/StatsRepository.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

Result<DatabasePtr> openStore(const QString &path, const Database::Options &options, QWidget *parent)
{
    const auto holder = options.readOnly ? std::nullopt : StoreLock::holder(path);
    if (!holder)
        return Database::open(path, options);

    QMessageBox ask(QMessageBox::Question, QCoreApplication::translate("StoreOpening", "База уже открыта"),
                    QCoreApplication::translate("StoreOpening", "База «%1» уже открыта для записи: её держит %2.").arg(path, holder->describe()), QMessageBox::Cancel,
                    parent);
    ask.setInformativeText(QCoreApplication::translate("StoreOpening", "Её можно открыть только для чтения: смотреть и выгружать отчёты можно, изменения "
                              "сохранить нельзя. Чтобы работать с базой, закройте ту программу."));
    QPushButton *readOnly = ask.addButton(QCoreApplication::translate("StoreOpening", "Открыть только для чтения"), QMessageBox::AcceptRole);
    ask.setDefaultButton(readOnly);
    ask.exec();
    if (ask.clickedButton() != readOnly)
        return Result<DatabasePtr>::failure(QString());
    return Database::openOrRead(path, options);
}

QString demoStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kurator/demo.sqlite");
}

Result<DatabasePtr> openDemoStore(QWidget *parent)
{
    auto opened = openStore(demoStorePath(), Database::Options(), parent);
    if (!opened || opened.value()->isReadOnly())
        return opened;
    Database &db = *opened.value();
    if (Status s = ReferenceData::installDefaults(db); !s)
        return Result<DatabasePtr>::failure(s.error());
    if (StatsRepository(db.connection()).count(QStringLiteral("person")) == 0) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto demo = DemoSchool::create(db);
        QGuiApplication::restoreOverrideCursor();
        if (!demo)
            return Result<DatabasePtr>::failure(demo.error());
    }
    return opened;
}
