#include "gui/KpiDefinitionsDialog.h"

#include "ui_KpiDefinitionsDialog.h"

#include <QMessageBox>
#include <QPushButton>

KpiDefinitionsDialog::KpiDefinitionsDialog(const QList<KpiDefinition> &definitions, const Kpi::Settings &settings,
                                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KpiDefinitionsDialog>()), m_definitions(definitions)
{
    m_ui->setupUi(this);
    m_ui->comparisonCombo->addItem(tr("не меньше цели (≥)"), QStringLiteral(">="));
    m_ui->comparisonCombo->addItem(tr("не больше цели (≤)"), QStringLiteral("<="));
    m_ui->definitionsList->setWordWrap(true); // the names are sentences
    for (const KpiDefinition &d : m_definitions)
        m_ui->definitionsList->addItem(d.name);
    setSettings(settings);
    connect(m_ui->definitionsList, &QListWidget::currentRowChanged, this, &KpiDefinitionsDialog::showDefinition);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this](const QString &name) {
        keepShown();
        if (QListWidgetItem *item = m_ui->definitionsList->item(m_shown))
            item->setText(name);
    });
    connect(m_ui->numeratorEdit, &QPlainTextEdit::textChanged, this, &KpiDefinitionsDialog::keepShown);
    connect(m_ui->denominatorEdit, &QPlainTextEdit::textChanged, this, &KpiDefinitionsDialog::keepShown);
    connect(m_ui->comparisonCombo, &QComboBox::currentIndexChanged, this, &KpiDefinitionsDialog::keepShown);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &KpiDefinitionsDialog::accept);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setSettings(Kpi::Settings()); });
    m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults)->setToolTip(tr("Параметры правил подсчёта — по умолчанию"));
    m_ui->definitionsList->setCurrentRow(0);
}

KpiDefinitionsDialog::~KpiDefinitionsDialog() = default;

void KpiDefinitionsDialog::showDefinition(int row)
{
    m_loading = true; // the fields filled here are the definition's own, not edits of it
    m_shown = row;
    const bool any = row >= 0 && row < m_definitions.size();
    const KpiDefinition d = any ? m_definitions[row] : KpiDefinition();
    m_ui->nameEdit->setText(d.name);
    m_ui->nameEdit->setCursorPosition(0); // the start of a long name, not its end
    m_ui->numeratorEdit->setPlainText(d.numerator);
    m_ui->denominatorEdit->setPlainText(d.denominator);
    m_ui->comparisonCombo->setCurrentIndex(std::max(0, m_ui->comparisonCombo->findData(d.comparison)));
    for (QWidget *field : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->numeratorEdit),
                           static_cast<QWidget *>(m_ui->denominatorEdit), static_cast<QWidget *>(m_ui->comparisonCombo)})
        field->setEnabled(any);
    m_loading = false;
}

// The fields back into the definition shown, as they are edited.
void KpiDefinitionsDialog::keepShown()
{
    if (m_loading || m_shown < 0 || m_shown >= m_definitions.size())
        return;
    KpiDefinition &d = m_definitions[m_shown];
    d.name = m_ui->nameEdit->text();
    d.numerator = m_ui->numeratorEdit->toPlainText();
    d.denominator = m_ui->denominatorEdit->toPlainText();
    d.comparison = m_ui->comparisonCombo->currentData().toString();
}

void KpiDefinitionsDialog::setSettings(const Kpi::Settings &settings)
{
    m_ui->pupilAgeFromSpin->setValue(settings.pupilAgeFrom);
    m_ui->pupilAgeToSpin->setValue(settings.pupilAgeTo);
    m_ui->youngYearsSpin->setValue(settings.youngSpecialist.maxExperienceYears);
    m_ui->youngAgeCheck->setChecked(settings.youngSpecialist.maxAge.has_value());
    m_ui->youngAgeSpin->setEnabled(settings.youngSpecialist.maxAge.has_value());
    m_ui->youngAgeSpin->setValue(settings.youngSpecialist.maxAge.value_or(35));
}

Kpi::Settings KpiDefinitionsDialog::settings() const
{
    Kpi::Settings s;
    s.pupilAgeFrom = m_ui->pupilAgeFromSpin->value();
    s.pupilAgeTo = m_ui->pupilAgeToSpin->value();
    s.youngSpecialist.maxExperienceYears = m_ui->youngYearsSpin->value();
    if (m_ui->youngAgeCheck->isChecked())
        s.youngSpecialist.maxAge = m_ui->youngAgeSpin->value();
    return s;
}

void KpiDefinitionsDialog::accept()
{
    QStringList problems = KpiService::validate(settings());
    for (const KpiDefinition &d : definitions())
        problems << KpiService::validate(d);
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problems.join(QLatin1Char('\n')));
        return;
    }
    QDialog::accept();
}
