#pragma once
#include "services/PeopleService.h"

#include <QDialog>
#include <memory>

namespace Ui { class AchievementsDialog; }
class QStandardItemModel;

// Достижения участника: the list, a new one recorded, one removed. Each change is reported so
// that the main window can put it on the undo stack.
class AchievementsDialog : public QDialog
{
    Q_OBJECT
public:
    AchievementsDialog(DatabasePtr db, const Person &person, QWidget *parent = nullptr);
    ~AchievementsDialog() override;
    void reload();

signals:
    void added(const Achievement &achievement);
    void removed(const Achievement &achievement);

private:
    void add();
    void removeSelected();
    std::unique_ptr<Ui::AchievementsDialog> m_ui;
    PeopleService m_people;
    Person m_person;
    QList<Achievement> m_list;
    QStandardItemModel *m_model;
};
