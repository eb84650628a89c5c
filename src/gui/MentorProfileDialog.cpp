#include "gui/MentorProfileDialog.h"

#include "domain/AcademicYear.h"
#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "gui/PersonPicker.h"
#include "services/ProfileService.h"
#include "ui_MentorProfileDialog.h"

#include <QPushButton>

MentorProfileDialog::MentorProfileDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_yearStart(yearStart),
      // Created before setupUi so that it is first in the focus chain and gets the focus on opening.
      m_picker(new PersonPicker(m_db, this)), m_ui(std::make_unique<Ui::MentorProfileDialog>())
{
    m_ui->setupUi(this);
    m_ui->personSlotLayout->addWidget(m_picker);
    m_ui->personLabel->setBuddy(m_picker);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Сохранить"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Отмена"));
    setWindowTitle(tr("Наставник — %1 учебный год").arg(AcademicYear(yearStart).title()));
    // A training date means nothing until the training is done.
    connect(m_ui->trainingDoneCheck, &QCheckBox::toggled, m_ui->trainingDateEdit, &QWidget::setEnabled);
    connect(m_ui->trainingDoneCheck, &QCheckBox::toggled, m_ui->trainingDateLabel, &QWidget::setEnabled);
    FormFields::fillMentoringForms(m_ui->formCombo, m_db);
    fill(MentorProfile());
    FormFields::showErrors(m_ui->errorLabel, {});
}

MentorProfileDialog::~MentorProfileDialog() = default;

void MentorProfileDialog::setProfile(const MentorProfile &profile)
{
    fill(profile);
    m_personFixed = profile.personId != 0;
    m_picker->setPersonId(profile.personId);
    m_picker->setLocked(m_personFixed);
    if (m_personFixed) {
        setWindowTitle(tr("Изменить наставника — %1 учебный год").arg(AcademicYear(m_yearStart).title()));
        m_ui->competenciesEdit->setFocus(); // the locked person field has nothing to type into
    }
    FormFields::showErrors(m_ui->errorLabel, {});
}

MentorProfile MentorProfileDialog::profile() const
{
    MentorProfile p = m_profile;
    p.personId = m_personFixed ? m_profile.personId : m_picker->personId();
    p.yearStart = m_yearStart;
    p.competencies = m_ui->competenciesEdit->toPlainText().trimmed();
    p.achievements = m_ui->achievementsEdit->toPlainText().trimmed();
    p.interests = m_ui->interestsEdit->toPlainText().trimmed();
    p.desiredAgeFrom = m_ui->ageFromSpin->value();
    p.desiredAgeTo = m_ui->ageToSpin->value();
    p.timeResource = m_ui->timeResourceEdit->text().trimmed();
    p.schedule = m_ui->scheduleEdit->text().trimmed();
    p.capacity = m_ui->capacitySpin->value();
    p.formId = m_ui->formCombo->currentData().toLongLong();
    p.trainingDone = m_ui->trainingDoneCheck->isChecked();
    p.trainingDate = p.trainingDone ? DateField::read(m_ui->trainingDateEdit) : QDate();
    p.enteredOn = DateField::read(m_ui->enteredEdit);
    p.completedOn = DateField::read(m_ui->completedEdit);
    p.results = m_ui->resultsEdit->text().trimmed();
    p.caseLink = m_ui->caseLinkEdit->text().trimmed();
    return p;
}

void MentorProfileDialog::accept()
{
    const QStringList problems = errors();
    FormFields::showErrors(m_ui->errorLabel, problems);
    if (problems.isEmpty())
        QDialog::accept();
}

void MentorProfileDialog::fill(const MentorProfile &profile)
{
    m_profile = profile;
    m_ui->competenciesEdit->setPlainText(profile.competencies);
    m_ui->achievementsEdit->setPlainText(profile.achievements);
    m_ui->interestsEdit->setPlainText(profile.interests);
    m_ui->ageFromSpin->setValue(profile.desiredAgeFrom);
    m_ui->ageToSpin->setValue(profile.desiredAgeTo);
    m_ui->timeResourceEdit->setText(profile.timeResource);
    m_ui->scheduleEdit->setText(profile.schedule);
    m_ui->capacitySpin->setValue(profile.capacity);
    m_ui->formCombo->setCurrentIndex(qMax(0, m_ui->formCombo->findData(profile.formId)));
    m_ui->trainingDoneCheck->setChecked(profile.trainingDone);
    // toggled() only fires on a change, so the enabled state is set here as well.
    m_ui->trainingDateEdit->setEnabled(profile.trainingDone);
    m_ui->trainingDateLabel->setEnabled(profile.trainingDone);
    m_ui->trainingDateEdit->setText(DateField::text(profile.trainingDate));
    m_ui->enteredEdit->setText(DateField::text(profile.enteredOn));
    m_ui->completedEdit->setText(DateField::text(profile.completedOn));
    m_ui->resultsEdit->setText(profile.results);
    m_ui->caseLinkEdit->setText(profile.caseLink);
}

QStringList MentorProfileDialog::errors() const
{
    QStringList errors;
    const MentorProfile p = profile();
    if (p.personId == 0)
        errors << tr("Выберите наставника: начните вводить фамилию и выберите человека из списка.");
    // Saving is an upsert by person and year: a second entry would silently overwrite the first.
    else if (!m_personFixed && ProfileService(m_db).mentor(p.personId, m_yearStart))
        errors << tr("Этот человек уже есть в банке наставников за %1 учебный год: измените существующую запись.")
                      .arg(AcademicYear(m_yearStart).title());
    errors << ProfileService::validate(p) << dateErrors(p);
    return errors;
}

QStringList MentorProfileDialog::dateErrors(const MentorProfile &p) const
{
    QStringList errors;
    if (p.trainingDone)
        DateField::check(m_ui->trainingDateEdit, tr("Дата обучения"), errors);
    DateField::check(m_ui->enteredEdit, tr("Дата вхождения"), errors);
    DateField::check(m_ui->completedEdit, tr("Дата завершения"), errors);
    if (p.enteredOn.isValid() && p.completedOn.isValid() && p.enteredOn > p.completedOn)
        errors << tr("Дата вхождения (%1) позже даты завершения (%2).")
                      .arg(DateField::text(p.enteredOn), DateField::text(p.completedOn));
    return errors;
}
