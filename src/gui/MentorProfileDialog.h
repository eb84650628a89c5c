#pragma once
#include "domain/MentorProfile.h"
#include "gui/BankEntryDialog.h"

#include <memory>

namespace Ui {
class MentorProfileDialog;
}

// «Наставник»: adds or edits an entry of the bank of mentors for one school year.
class MentorProfileDialog : public BankEntryDialog
{
    Q_OBJECT

public:
    MentorProfileDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~MentorProfileDialog() override;

    // Editing: the person is fixed (shown, not changeable); id and status are kept for profile().
    void setProfile(const MentorProfile &profile);
    // personId from the picker for a new entry; yearStart as given to the constructor.
    MentorProfile profile() const;

private:
    void fill(const MentorProfile &profile);
    QStringList errors() const override;

    std::unique_ptr<Ui::MentorProfileDialog> m_ui;
    MentorProfile m_profile; // what setProfile gave: the fields the dialog does not show survive
};
