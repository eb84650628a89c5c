#pragma once
#include "services/PeopleService.h"

#include <QDialog>
#include <memory>

namespace Ui { class PersonDialog; }
class QCheckBox;

// Форма участника: the person, a legal representative for a minor, the consent, the special groups.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    PersonDialog(DatabasePtr db, QWidget *parent = nullptr);
    ~PersonDialog() override;

    // Editing an existing person; without it the form adds a new one.
    void setPerson(const Person &person);
    // What to save; valid after accept().
    const PersonDraft &draft() const { return m_draft; }
    void accept() override;

private:
    void fillChoices();
    void updateCategoryFields();
    void showExistingRepresentatives(qint64 personId);
    void showConsent(qint64 personId);
    // Reads the form into m_draft; returns the problems found, in Russian.
    QStringList readForm();
    QDate readDate(class QLineEdit *edit, const QString &field, QStringList &errors) const;
    std::optional<Person> readRepresentative(QStringList &errors) const;

    std::unique_ptr<Ui::PersonDialog> m_ui;
    DatabasePtr m_db;
    PersonDraft m_draft;
    std::optional<Consent> m_existingConsent;
    QList<QCheckBox *> m_tagBoxes;
};
