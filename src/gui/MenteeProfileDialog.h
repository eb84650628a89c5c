#pragma once
#include "domain/MenteeProfile.h"
#include "storage/Database.h"

#include <QDialog>
#include <QStringList>
#include <memory>

namespace Ui {
class MenteeProfileDialog;
}
class PersonPicker;
class QLineEdit;

// «Наставляемый»: adds or edits an entry of the bank of mentees for one school year.
class MenteeProfileDialog : public QDialog
{
    Q_OBJECT

public:
    MenteeProfileDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~MenteeProfileDialog() override;

    // Editing: the person is fixed (shown, not changeable); id and status are kept for profile().
    void setProfile(const MenteeProfile &profile);
    // personId from the picker for a new entry; yearStart as given to the constructor.
    MenteeProfile profile() const;
    void accept() override;

private:
    void fill(const MenteeProfile &profile);
    QStringList errors() const;

    DatabasePtr m_db;
    int m_yearStart;
    PersonPicker *m_picker;
    std::unique_ptr<Ui::MenteeProfileDialog> m_ui;
    MenteeProfile m_profile; // what setProfile gave: the fields the dialog does not show survive
    bool m_personFixed = false;
};
