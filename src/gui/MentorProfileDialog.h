#pragma once
#include "domain/MentorProfile.h"
#include "storage/Database.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class MentorProfileDialog;
}
class PersonPicker;
class QLineEdit;

// «Наставник»: adds or edits an entry of the bank of mentors for one school year.
class MentorProfileDialog : public QDialog
{
    Q_OBJECT

public:
    MentorProfileDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~MentorProfileDialog() override;

    // Editing: the person is fixed (shown, not changeable); id and status are kept for profile().
    void setProfile(const MentorProfile &profile);
    // personId from the picker for a new entry; yearStart as given to the constructor.
    MentorProfile profile() const;
    void accept() override;

private:
    void fill(const MentorProfile &profile);
    QStringList errors() const;
    QStringList dateErrors(const MentorProfile &profile) const;

    DatabasePtr m_db;
    int m_yearStart;
    PersonPicker *m_picker;
    std::unique_ptr<Ui::MentorProfileDialog> m_ui;
    MentorProfile m_profile; // what setProfile gave: the fields the dialog does not show survive
    bool m_personFixed = false;
};
