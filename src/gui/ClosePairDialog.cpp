#include "gui/ClosePairDialog.h"

#include "ui_ClosePairDialog.h"

#include <QPushButton>

ClosePairDialog::ClosePairDialog(const PairCard &card, Apply apply, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ClosePairDialog>()), m_apply(std::move(apply))
{
    m_ui->setupUi(this);
    m_ui->pairLabel->setText(tr("%1 → %2").arg(card.mentorNames.join(QLatin1String(", ")), card.menteeNames.join(QLatin1String(", "))));
    m_ui->statusCombo->addItem(Codes::label(PairStatus::Completed), int(PairStatus::Completed));
    m_ui->statusCombo->addItem(Codes::label(PairStatus::EndedEarly), int(PairStatus::EndedEarly));
    const QDate today = QDate::currentDate();
    m_ui->dateEdit->setDate(card.pair.plannedEndOn.isValid() && card.pair.plannedEndOn < today ? card.pair.plannedEndOn : today);
    m_ui->resultsEdit->setPlainText(card.results);
    m_ui->caseEdit->setText(card.caseLink);
    const auto early = [this] { return PairStatus(m_ui->statusCombo->currentData().toInt()) == PairStatus::EndedEarly; };
    const auto updateReason = [this, early] { m_ui->reasonEdit->setEnabled(early()); };
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, updateReason);
    updateReason();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ClosePairDialog::tryAccept);
}

ClosePairDialog::~ClosePairDialog() = default;

PairClosure ClosePairDialog::closure() const
{
    PairClosure c;
    c.status = PairStatus(m_ui->statusCombo->currentData().toInt());
    c.endedOn = m_ui->dateEdit->date();
    c.reason = c.status == PairStatus::EndedEarly ? m_ui->reasonEdit->text().trimmed() : QString();
    c.results = m_ui->resultsEdit->toPlainText().trimmed();
    c.caseLink = m_ui->caseEdit->text().trimmed();
    return c;
}

void ClosePairDialog::tryAccept()
{
    const Status applied = m_apply(closure());
    if (!applied) {
        m_ui->problemLabel->setText(applied.error());
        return;
    }
    accept();
}
