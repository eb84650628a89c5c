#include "gui/MenteeProfileDialog.h"

#include "domain/AcademicYear.h"
#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "gui/PersonPicker.h"
#include "services/ProfileService.h"
#include "ui_MenteeProfileDialog.h"

#include <QPushButton>

MenteeProfileDialog::MenteeProfileDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_yearStart(yearStart),
      // Created before setupUi so that it is first in the focus chain and gets the focus on opening.
      m_picker(new PersonPicker(m_db, this)), m_ui(std::make_unique<Ui::MenteeProfileDialog>())
{
    m_ui->setupUi(this);
    m_ui->personSlotLayout->addWidget(m_picker);
    m_ui->personLabel->setBuddy(m_picker);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Сохранить"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Отмена"));
    setWindowTitle(tr("Наставляемый — %1 учебный год").arg(AcademicYear(yearStart).title()));
    FormFields::fillMentoringForms(m_ui->formCombo, m_db);
    fill(MenteeProfile());
    FormFields::showErrors(m_ui->errorLabel, {});
}

MenteeProfileDialog::~MenteeProfileDialog() = default;

void MenteeProfileDialog::setProfile(const MenteeProfile &profile)
{
    fill(profile);
    m_personFixed = profile.personId != 0;
    m_picker->setPersonId(profile.personId);
    m_picker->setLocked(m_personFixed);
    if (m_personFixed) {
        setWindowTitle(tr("Изменить наставляемого — %1 учебный год").arg(AcademicYear(m_yearStart).title()));
        m_ui->requestEdit->setFocus(); // the locked person field has nothing to type into
    }
    FormFields::showErrors(m_ui->errorLabel, {});
}

MenteeProfile MenteeProfileDialog::profile() const
{
    MenteeProfile p = m_profile;
    p.personId = m_personFixed ? m_profile.personId : m_picker->personId();
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

void MenteeProfileDialog::accept()
{
    const QStringList problems = errors();
    FormFields::showErrors(m_ui->errorLabel, problems);
    if (problems.isEmpty())
        QDialog::accept();
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
    QStringList errors;
    const MenteeProfile p = profile();
    if (p.personId == 0)
        errors << tr("Выберите наставляемого: начните вводить фамилию и выберите человека из списка.");
    // Saving is an upsert by person and year: a second entry would silently overwrite the first.
    else if (!m_personFixed && ProfileService(m_db).mentee(p.personId, m_yearStart))
        errors << tr("Этот человек уже есть в банке наставляемых за %1 учебный год: измените существующую запись.")
                      .arg(AcademicYear(m_yearStart).title());
    DateField::check(m_ui->enteredEdit, tr("Дата вхождения"), errors);
    DateField::check(m_ui->completedEdit, tr("Дата завершения"), errors);
    if (p.enteredOn.isValid() && p.completedOn.isValid() && p.enteredOn > p.completedOn)
        errors << tr("Дата вхождения (%1) позже даты завершения (%2).")
                      .arg(DateField::text(p.enteredOn), DateField::text(p.completedOn));
    return errors;
}
