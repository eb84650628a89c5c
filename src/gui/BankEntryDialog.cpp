#include "gui/BankEntryDialog.h"

#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "gui/PersonPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>

BankEntryDialog::BankEntryDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_yearStart(yearStart), m_picker(new PersonPicker(m_db, this))
{
}

void BankEntryDialog::setUpForm(const Form &form)
{
    m_form = form;
    form.personSlot->addWidget(m_picker);
    form.personLabel->setBuddy(m_picker);
    form.buttons->button(QDialogButtonBox::Ok)->setText(tr("Сохранить"));
    form.buttons->button(QDialogButtonBox::Cancel)->setText(tr("Отмена"));
    FormFields::showErrors(form.errorLabel, {});
}

void BankEntryDialog::fixPerson(qint64 personId, const QString &title, QWidget *firstField)
{
    m_personFixed = personId != 0;
    m_picker->setPersonId(personId);
    m_picker->setLocked(m_personFixed);
    if (m_personFixed) {
        setWindowTitle(title);
        firstField->setFocus(); // the locked person field has nothing to type into
    }
    FormFields::showErrors(m_form.errorLabel, {});
}

qint64 BankEntryDialog::personId(qint64 fixedPersonId) const
{
    return m_personFixed ? fixedPersonId : m_picker->personId();
}

QStringList BankEntryDialog::entryErrors(qint64 personId, bool alreadyInBank, const QString &noneChosen,
                                         const QString &inBank) const
{
    QStringList errors;
    if (personId == 0)
        errors << noneChosen;
    else if (!m_personFixed && alreadyInBank)
        errors << inBank;
    DateField::check(m_form.enteredEdit, tr("Дата вхождения"), errors);
    DateField::check(m_form.completedEdit, tr("Дата завершения"), errors);
    const QDate entered = DateField::read(m_form.enteredEdit);
    const QDate completed = DateField::read(m_form.completedEdit);
    if (entered.isValid() && completed.isValid() && entered > completed)
        errors << tr("Дата вхождения (%1) позже даты завершения (%2).").arg(DateField::text(entered), DateField::text(completed));
    return errors;
}

void BankEntryDialog::accept()
{
    const QStringList problems = errors();
    FormFields::showErrors(m_form.errorLabel, problems);
    if (problems.isEmpty())
        QDialog::accept();
}
