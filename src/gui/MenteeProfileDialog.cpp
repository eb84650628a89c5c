#include "gui/MenteeProfileDialog.h"

#include "domain/AcademicYear.h"
#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "services/ProfileService.h"
#include "ui_MenteeProfileDialog.h"

MenteeProfileDialog::MenteeProfileDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : BankEntryDialog(std::move(db), yearStart, parent), m_ui(std::make_unique<Ui::MenteeProfileDialog>())
{
    m_ui->setupUi(this);
    setUpForm({m_ui->personSlotLayout, m_ui->personLabel, m_ui->buttonBox, m_ui->errorLabel, m_ui->enteredEdit,
               m_ui->completedEdit});
    setWindowTitle(tr("Наставляемый — %1 учебный год").arg(AcademicYear(yearStart).title()));
    FormFields::fillMentoringForms(m_ui->formCombo, m_db);
    fill(MenteeProfile());
}

MenteeProfileDialog::~MenteeProfileDialog() = default;

void MenteeProfileDialog::setProfile(const MenteeProfile &profile)
{
    fill(profile);
    fixPerson(profile.personId, tr("Изменить наставляемого — %1 учебный год").arg(AcademicYear(m_yearStart).title()),
              m_ui->requestEdit);
}

MenteeProfile MenteeProfileDialog::profile() const
{
    MenteeProfile p = m_profile;
    p.personId = personId(m_profile.personId);
    p.yearStart = m_yearStart;
    p.request = m_ui->requestEdit->toPlainText().trimmed();
    p.problems = m_ui->problemsEdit->toPlainText().trimmed();
    p.interests = m_ui->interestsEdit->text().trimmed();
    p.desiredFormId = m_ui->formCombo->currentData().toLongLong();
    p.enteredOn = DateField::read(m_ui->enteredEdit);
    p.completedOn = DateField::read(m_ui->completedEdit);
    p.results = m_ui->resultsEdit->text().trimmed();
    p.caseLink = m_ui->caseLinkEdit->text().trimmed();
    return p;
}

void MenteeProfileDialog::fill(const MenteeProfile &profile)
{
    m_profile = profile;
    m_ui->requestEdit->setPlainText(profile.request);
    m_ui->problemsEdit->setPlainText(profile.problems);
    m_ui->interestsEdit->setText(profile.interests);
    m_ui->formCombo->setCurrentIndex(qMax(0, m_ui->formCombo->findData(profile.desiredFormId)));
    m_ui->enteredEdit->setText(DateField::text(profile.enteredOn));
    m_ui->completedEdit->setText(DateField::text(profile.completedOn));
    m_ui->resultsEdit->setText(profile.results);
    m_ui->caseLinkEdit->setText(profile.caseLink);
}

QStringList MenteeProfileDialog::errors() const
{
    const MenteeProfile p = profile();
    return entryErrors(p.personId, p.personId && ProfileService(m_db).mentee(p.personId, m_yearStart),
                       tr("Выберите наставляемого: начните вводить фамилию и выберите человека из списка."),
                       tr("Этот человек уже есть в банке наставляемых за %1 учебный год: измените существующую запись.")
                           .arg(AcademicYear(m_yearStart).title()));
}
