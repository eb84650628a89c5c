#include "gui/MatchOptionsDialog.h"

#include "ui_MatchOptionsDialog.h"

#include <QPushButton>
#include <QSpinBox>

MatchOptionsDialog::MatchOptionsDialog(const MatchOptions &options, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MatchOptionsDialog>())
{
    m_ui->setupUi(this);
    QWidget *previous = m_ui->criteriaBox;
    for (Match::Criterion c : Match::allCriteria()) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, 10);
        spin->setAccessibleName(Match::title(c));
        m_ui->criteriaLayout->addRow(Match::title(c) + QLatin1Char(':'), spin);
        setTabOrder(previous, spin);
        previous = spin;
        m_weights << spin;
    }
    setTabOrder(previous, m_ui->consentCheck);
    connect(m_ui->ageRuleCheck, &QCheckBox::toggled, m_ui->ageGapSpin, &QSpinBox::setEnabled);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { show(MatchOptions{}); });
    show(options);
}

MatchOptionsDialog::~MatchOptionsDialog() = default;

void MatchOptionsDialog::show(const MatchOptions &o)
{
    const QList<Match::Criterion> criteria = Match::allCriteria();
    for (int i = 0; i < criteria.size(); ++i)
        m_weights[i]->setValue(int(o.criteria.weightOf(criteria[i])));
    m_ui->consentCheck->setChecked(o.criteria.consentRuleOn);
    m_ui->ageRuleCheck->setChecked(o.criteria.ageRuleOn);
    m_ui->ageGapSpin->setValue(o.criteria.minAgeGap);
    m_ui->ageGapSpin->setEnabled(o.criteria.ageRuleOn);
    m_ui->minGradeSpin->setValue(o.criteria.minGradeGap);
    m_ui->maxGradeSpin->setValue(o.criteria.maxGradeGap);
    m_ui->mostPairsRadio->setChecked(o.goal == Assignment::Goal::MostPairs);
    m_ui->bestScoresRadio->setChecked(o.goal == Assignment::Goal::BestScores);
    m_ui->minScoreSpin->setValue(int(o.minScore));
}

MatchOptions MatchOptionsDialog::options() const
{
    MatchOptions o;
    const QList<Match::Criterion> criteria = Match::allCriteria();
    for (int i = 0; i < criteria.size(); ++i)
        o.criteria.weight[int(criteria[i])] = m_weights[i]->value();
    o.criteria.consentRuleOn = m_ui->consentCheck->isChecked();
    o.criteria.ageRuleOn = m_ui->ageRuleCheck->isChecked();
    o.criteria.minAgeGap = m_ui->ageGapSpin->value();
    o.criteria.minGradeGap = m_ui->minGradeSpin->value();
    o.criteria.maxGradeGap = std::max(m_ui->minGradeSpin->value(), m_ui->maxGradeSpin->value());
    o.goal = m_ui->bestScoresRadio->isChecked() ? Assignment::Goal::BestScores : Assignment::Goal::MostPairs;
    o.minScore = m_ui->minScoreSpin->value();
    return o;
}
