#pragma once
#include "services/ProgrammeService.h"

#include <QDialog>
#include <memory>

namespace Ui { class ProgrammesDialog; }
class QStandardItemModel;

// Программы наставничества: the list beside the selected programme's card. Saving and removing
// are reported (saved, removed) so that the main window can put them on the undo stack.
class ProgrammesDialog : public QDialog
{
    Q_OBJECT
public:
    ProgrammesDialog(Database &db, QWidget *parent = nullptr);
    ~ProgrammesDialog() override;
    bool selectProgramme(qint64 id);
    Programme card() const; // what the form holds

signals:
    void saved(const std::optional<Programme> &before, const Programme &after);
    void removed(const Programme &programme);

private:
    void reload(qint64 selectId);
    void show(const Programme &programme);
    void save();
    void removeCurrent();
    std::unique_ptr<Ui::ProgrammesDialog> m_ui;
    ProgrammeService m_programmes;
    QStandardItemModel *m_model;
    qint64 m_currentId = 0;
};
