#pragma once
#include "domain/MenteeProfile.h"
#include "gui/BankEntryDialog.h"

#include <memory>

namespace Ui {
class MenteeProfileDialog;
}

// «Наставляемый»: adds or edits an entry of the bank of mentees for one school year.
class MenteeProfileDialog : public BankEntryDialog
{
    Q_OBJECT

public:
    MenteeProfileDialog(DatabasePtr db, int yearStart, QWidget *parent = nullptr);
    ~MenteeProfileDialog() override;

    // Editing: the person is fixed (shown, not changeable); id and status are kept for profile().
    void setProfile(const MenteeProfile &profile);
    // personId from the picker for a new entry; yearStart as given to the constructor.
    MenteeProfile profile() const;

private:
    void fill(const MenteeProfile &profile);
    QStringList errors() const override;

    std::unique_ptr<Ui::MenteeProfileDialog> m_ui;
    MenteeProfile m_profile; // what setProfile gave: the fields the dialog does not show survive
};
