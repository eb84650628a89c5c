#include "gui/PartnerDialog.h"

#include "gui/DateField.h"
#include "gui/FormFields.h"
#include "services/PartnerService.h"
#include "ui_PartnerDialog.h"

#include <QPushButton>

PartnerDialog::PartnerDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::PartnerDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Сохранить"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Отмена"));
    for (PartnerKind kind : Codes::allPartnerKinds())
        m_ui->kindCombo->addItem(Codes::label(kind), Codes::code(kind));
    fill(Partner()); // the defaults of a new partner
    FormFields::showErrors(m_ui->errorLabel, {});
}

PartnerDialog::~PartnerDialog() = default;

void PartnerDialog::setPartner(const Partner &partner)
{
    fill(partner);
    setWindowTitle(tr("Изменить организацию"));
    FormFields::showErrors(m_ui->errorLabel, {});
}

void PartnerDialog::fill(const Partner &partner)
{
    m_partner = partner;
    m_ui->nameEdit->setText(partner.name);
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(Codes::code(partner.kind))));
    m_ui->agreementNumberEdit->setText(partner.agreementNumber);
    m_ui->agreementDateEdit->setText(DateField::text(partner.agreementDate));
    m_ui->contactPersonEdit->setText(partner.contactPerson);
    m_ui->phoneEdit->setText(partner.phone);
    m_ui->emailEdit->setText(partner.email);
    m_ui->addressEdit->setText(partner.address);
    m_ui->notesEdit->setPlainText(partner.notes);
}

Partner PartnerDialog::partner() const
{
    Partner p = m_partner;
    p.name = m_ui->nameEdit->text().trimmed();
    p.kind = Codes::partnerKind(m_ui->kindCombo->currentData().toString()).value_or(p.kind);
    p.agreementNumber = m_ui->agreementNumberEdit->text().trimmed();
    p.agreementDate = DateField::read(m_ui->agreementDateEdit);
    p.contactPerson = m_ui->contactPersonEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.address = m_ui->addressEdit->text().trimmed();
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    return p;
}

void PartnerDialog::accept()
{
    // The date first: partner() reads an unreadable date as "no date", which the service would allow.
    const QStringList errors = dateErrors() + PartnerService::validate(partner());
    FormFields::showErrors(m_ui->errorLabel, errors);
    if (errors.isEmpty())
        QDialog::accept();
}

QStringList PartnerDialog::dateErrors() const
{
    QStringList errors;
    DateField::check(m_ui->agreementDateEdit, tr("Дата договора"), errors);
    return errors;
}
