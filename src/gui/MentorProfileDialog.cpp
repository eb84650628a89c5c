#include "gui/MentorProfileDialog.h"

#include "domain/AcademicYear.h"
#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "services/ProfileService.h"
#include "ui_MentorProfileDialog.h"


MentorProfileDialog::MentorProfileDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : BankEntryDialog(std::move(db), yearStart, parent), m_ui(std::make_unique<Ui::MentorProfileDialog>())
{
    m_ui->setupUi(this);
    setUpForm({m_ui->personSlotLayout, m_ui->personLabel, m_ui->buttonBox, m_ui->errorLabel, m_ui->enteredEdit,
               m_ui->completedEdit});
    setWindowTitle(tr("Наставник — %1 учебный год").arg(AcademicYear(yearStart).title()));
    // A training date means nothing until the training is done.
    connect(m_ui->trainingDoneCheck, &QCheckBox::toggled, m_ui->trainingDateEdit, &QWidget::setEnabled);
    connect(m_ui->trainingDoneCheck, &QCheckBox::toggled, m_ui->trainingDateLabel, &QWidget::setEnabled);
    FormFields::fillMentoringForms(m_ui->formCombo, m_db);
    fill(MentorProfile());
}

MentorProfileDialog::~MentorProfileDialog() = default;

void MentorProfileDialog::setProfile(const MentorProfile &profile)
{
    fill(profile);
    fixPerson(profile.personId, tr("Изменить наставника — %1 учебный год").arg(AcademicYear(m_yearStart).title()),
              m_ui->competenciesEdit);
}

MentorProfile MentorProfileDialog::profile() const
{
    MentorProfile p = m_profile;
    p.personId = personId(m_profile.personId);
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
    const MentorProfile p = profile();
    QStringList errors = entryErrors(
        p.personId, p.personId && ProfileService(m_db).mentor(p.personId, m_yearStart),
        tr("Выберите наставника: начните вводить фамилию и выберите человека из списка."),
        tr("Этот человек уже есть в банке наставников за %1 учебный год: измените существующую запись.")
            .arg(AcademicYear(m_yearStart).title()));
    if (p.trainingDone)
        DateField::check(m_ui->trainingDateEdit, tr("Дата обучения"), errors);
    return errors << ProfileService::validate(p);
}
