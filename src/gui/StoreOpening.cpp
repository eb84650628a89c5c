#include "gui/StoreOpening.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("StoreOpening", text); }
}

Result<DatabasePtr> openStore(const QString &path, const Database::Options &options, QWidget *parent)
{
    const auto holder = options.readOnly ? std::nullopt : StoreLock::holder(path);
    if (!holder)
        return Database::open(path, options);

    QMessageBox ask(QMessageBox::Question, tr("База уже открыта"),
                    tr("База «%1» уже открыта для записи: её держит %2.").arg(path, holder->describe()), QMessageBox::Cancel,
                    parent);
    ask.setInformativeText(tr("Её можно открыть только для чтения: смотреть и выгружать отчёты можно, изменения "
                              "сохранить нельзя. Чтобы работать с базой, закройте ту программу."));
    QPushButton *readOnly = ask.addButton(tr("Открыть только для чтения"), QMessageBox::AcceptRole);
    ask.setDefaultButton(readOnly);
    ask.exec();
    if (ask.clickedButton() != readOnly)
        return Result<DatabasePtr>::failure(QString());
    return Database::openOrRead(path, options);
}
