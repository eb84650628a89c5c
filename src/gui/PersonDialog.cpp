#include "gui/PersonDialog.h"

#include "domain/Ages.h"
#include "domain/PersonValidator.h"
#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "services/PartnerService.h"
#include "ui_PersonDialog.h"

#include <QCheckBox>
#include <QPushButton>

PersonDialog::PersonDialog(DatabasePtr db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PersonDialog>()), m_db(std::move(db))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Сохранить"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Отмена"));
    FormFields::showErrors(m_ui->errorLabel, {});
    setWindowTitle(tr("Новый участник"));
    fillChoices();
    connect(m_ui->categoryCombo, &QComboBox::currentIndexChanged, this, &PersonDialog::updateCategoryFields);
    connect(m_ui->birthDateEdit, &QLineEdit::textChanged, this, &PersonDialog::updateCategoryFields);
    updateCategoryFields();
    m_ui->consentStatusLabel->setText(tr("нет"));
    m_ui->representativesLabel->setText(tr("нет")); // a new person: none yet, not an empty line
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::fillChoices()
{
    m_ui->sexCombo->addItem(tr("—"), QString());
    m_ui->sexCombo->addItem(tr("мужской"), QStringLiteral("м"));
    m_ui->sexCombo->addItem(tr("женский"), QStringLiteral("ж"));
    for (PersonCategory c : Codes::allPersonCategories())
        m_ui->categoryCombo->addItem(Codes::label(c), Codes::code(c));
    m_ui->partnerCombo->addItem(tr("—"), 0);
    for (const Partner &p : PartnerService(m_db).list())
        m_ui->partnerCombo->addItem(p.name, p.id);
    for (const QString &r : {tr("мать"), tr("отец"), tr("опекун"), tr("попечитель"), tr("другое")})
        m_ui->repRelationCombo->addItem(r);
    for (const QString &code : Codes::personTagCodes()) {
        auto *box = new QCheckBox(Codes::personTagLabel(code), m_ui->tagsGroup);
        box->setProperty("tag", code);
        m_ui->tagsGroup->layout()->addWidget(box);
        m_tagBoxes << box;
    }
}

// Only the fields that make sense for the chosen category are enabled.
void PersonDialog::updateCategoryFields()
{
    const auto category = Codes::personCategory(m_ui->categoryCombo->currentData().toString());
    const bool pupil = category == PersonCategory::Pupil;
    m_ui->classEdit->setEnabled(pupil);
    m_ui->positionEdit->setEnabled(!pupil);
    m_ui->experienceSinceEdit->setEnabled(category == PersonCategory::Teacher);
    m_ui->partnerCombo->setEnabled(category == PersonCategory::Employer);
    m_ui->graduationSpin->setEnabled(category == PersonCategory::Graduate);
    const auto birth = PersonValidator::parseRussianDate(m_ui->birthDateEdit->text());
    const bool minor = birth ? Ages::isMinorOn(*birth, QDate::currentDate()) : pupil;
    m_ui->representativeGroup->setEnabled(minor);
}

void PersonDialog::setPerson(const Person &p)
{
    setWindowTitle(tr("Участник: %1").arg(p.fullName()));
    m_draft.person = p;
    m_ui->lastNameEdit->setText(p.lastName);
    m_ui->firstNameEdit->setText(p.firstName);
    m_ui->patronymicEdit->setText(p.patronymic);
    m_ui->sexCombo->setCurrentIndex(std::max(0, m_ui->sexCombo->findData(p.sex)));
    m_ui->birthDateEdit->setText(DateField::text(p.birthDate));
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(Codes::code(p.category)));
    m_ui->classEdit->setText(p.className);
    m_ui->positionEdit->setText(p.position);
    m_ui->experienceSinceEdit->setText(DateField::text(p.pedagogicalSince));
    m_ui->workplaceEdit->setText(p.workplace);
    m_ui->partnerCombo->setCurrentIndex(std::max(0, m_ui->partnerCombo->findData(p.partnerId)));
    m_ui->graduationSpin->setValue(p.graduationYear);
    m_ui->phoneEdit->setText(p.phone);
    m_ui->emailEdit->setText(p.email);
    m_ui->notesEdit->setPlainText(p.notes);
    for (QCheckBox *box : m_tagBoxes)
        box->setChecked(p.tags.contains(box->property("tag").toString()));
    showExistingRepresentatives(p.id);
    showConsent(p.id);
    updateCategoryFields();
}

void PersonDialog::showExistingRepresentatives(qint64 personId)
{
    PeopleService people(m_db);
    QStringList names;
    for (const Representation &r : people.representativesOf(personId))
        if (const auto rep = people.find(r.representativeId))
            names << QStringLiteral("%1 (%2)").arg(rep->shortName(), r.relation);
    // One per line: a word-wrapped label in a form layout gets clipped.
    m_ui->representativesLabel->setText(names.isEmpty() ? tr("нет") : names.join(QLatin1Char('\n')));
}

void PersonDialog::showConsent(qint64 personId)
{
    const QList<Consent> consents = PeopleService(m_db).consentsOf(personId);
    m_ui->consentStatusLabel->setText(Codes::label(bestConsentStatus(consents, QDate::currentDate())));
    if (consents.isEmpty())
        return;
    m_existingConsent = consents.last();
    m_ui->consentSignedEdit->setText(DateField::text(m_existingConsent->signedOn));
    m_ui->consentUntilEdit->setText(DateField::text(m_existingConsent->validUntil));
    m_ui->consentWithdrawnEdit->setText(DateField::text(m_existingConsent->withdrawnOn));
}

QDate PersonDialog::readDate(QLineEdit *edit, const QString &field, QStringList &errors) const
{
    DateField::check(edit, field, errors);
    return DateField::read(edit);
}

std::optional<Person> PersonDialog::readRepresentative(QStringList &errors) const
{
    if (!m_ui->representativeGroup->isEnabled())
        return std::nullopt;
    Person rep;
    rep.lastName = m_ui->repLastNameEdit->text().trimmed();
    rep.firstName = m_ui->repFirstNameEdit->text().trimmed();
    rep.patronymic = m_ui->repPatronymicEdit->text().trimmed();
    rep.phone = m_ui->repPhoneEdit->text().trimmed();
    rep.category = PersonCategory::Parent;
    if (rep.lastName.isEmpty() && rep.firstName.isEmpty() && rep.patronymic.isEmpty() && rep.phone.isEmpty())
        return std::nullopt;
    if (rep.lastName.isEmpty() || rep.firstName.isEmpty())
        errors << tr("Законный представитель: укажите фамилию и имя.");
    return rep;
}

QStringList PersonDialog::readForm()
{
    QStringList errors;
    Person &p = m_draft.person;
    p.lastName = m_ui->lastNameEdit->text().trimmed();
    p.firstName = m_ui->firstNameEdit->text().trimmed();
    p.patronymic = m_ui->patronymicEdit->text().trimmed();
    p.sex = m_ui->sexCombo->currentData().toString();
    p.birthDate = readDate(m_ui->birthDateEdit, tr("Дата рождения"), errors);
    p.category = Codes::personCategory(m_ui->categoryCombo->currentData().toString()).value_or(PersonCategory::Pupil);
    p.className = m_ui->classEdit->isEnabled() ? m_ui->classEdit->text().trimmed() : QString();
    p.position = m_ui->positionEdit->isEnabled() ? m_ui->positionEdit->text().trimmed() : QString();
    p.pedagogicalSince = m_ui->experienceSinceEdit->isEnabled()
                             ? readDate(m_ui->experienceSinceEdit, tr("Педагогический стаж"), errors) : QDate();
    p.workplace = m_ui->workplaceEdit->text().trimmed();
    p.partnerId = m_ui->partnerCombo->isEnabled() ? m_ui->partnerCombo->currentData().toLongLong() : 0;
    p.graduationYear = m_ui->graduationSpin->isEnabled() ? m_ui->graduationSpin->value() : 0;
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    p.tags.clear();
    for (QCheckBox *box : m_tagBoxes)
        if (box->isChecked())
            p.tags << box->property("tag").toString();

    m_draft.newRepresentative = readRepresentative(errors);
    m_draft.relation = m_ui->repRelationCombo->currentText();

    Consent consent = m_existingConsent.value_or(Consent());
    consent.signedOn = readDate(m_ui->consentSignedEdit, tr("Дата согласия"), errors);
    consent.validUntil = readDate(m_ui->consentUntilEdit, tr("Согласие действует до"), errors);
    consent.withdrawnOn = readDate(m_ui->consentWithdrawnEdit, tr("Согласие отозвано"), errors);
    const bool consentTouched = consent.signedOn != m_existingConsent.value_or(Consent()).signedOn
                                || consent.validUntil != m_existingConsent.value_or(Consent()).validUntil
                                || consent.withdrawnOn != m_existingConsent.value_or(Consent()).withdrawnOn;
    m_draft.consent.reset();
    if (consentTouched) {
        if (!consent.signedOn.isValid())
            errors << tr("Согласие: укажите дату подписания.");
        if (!consent.id && m_draft.newRepresentative)
            consent.signerPersonId = -1;
        m_draft.consent = consent;
    }
    return errors;
}

void PersonDialog::accept()
{
    QStringList errors = readForm();
    const bool hasRepresentative = m_draft.newRepresentative
                                   || (m_draft.person.id && !PeopleService(m_db).representativesOf(m_draft.person.id).isEmpty());
    errors << PeopleService(m_db).validate(m_draft.person, hasRepresentative);
    FormFields::showErrors(m_ui->errorLabel, errors);
    if (errors.isEmpty())
        QDialog::accept();
}
