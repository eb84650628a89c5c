#pragma once
#include "storage/Database.h"

#include <QDialog>
#include <QStringList>

class PersonPicker;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;

// What the dialogs of the banks' entries (a mentee's, a mentor's) share: the participant picker,
// first in the focus chain; the person fixed when an entry is edited; the check that a new entry's
// person is not in the bank yet; the dates of entering and completing; the problems shown under the
// form, the dialog closing only without them.
class BankEntryDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() override;

protected:
    // The parts of a form the base looks after, found by the derived dialog after its setupUi.
    struct Form
    {
        QLayout *personSlot = nullptr;
        QLabel *personLabel = nullptr;
        QDialogButtonBox *buttons = nullptr;
        QLabel *errorLabel = nullptr;
        QLineEdit *enteredEdit = nullptr;
        QLineEdit *completedEdit = nullptr;
    };

    // The picker is made here, before the derived dialog's setupUi, so that it comes first.
    BankEntryDialog(DatabasePtr db, int yearStart, QWidget *parent);
    void setUpForm(const Form &form);
    // Editing an entry: its person shown and locked, the title changed, the focus on `firstField`.
    void fixPerson(qint64 personId, const QString &title, QWidget *firstField);
    // The entry's person: the fixed one, or the picker's for a new entry.
    qint64 personId(qint64 fixedPersonId) const;
    bool isPersonFixed() const { return m_personFixed; }
    // No person chosen, or a new entry for someone already in the bank (saving is an upsert by person
    // and year: a second entry would silently overwrite the first); unreadable or reversed dates.
    QStringList entryErrors(qint64 personId, bool alreadyInBank, const QString &noneChosen,
                            const QString &inBank) const;
    virtual QStringList errors() const = 0;

    DatabasePtr m_db;
    int m_yearStart;

private:
    PersonPicker *m_picker;
    Form m_form;
    bool m_personFixed = false;
};
