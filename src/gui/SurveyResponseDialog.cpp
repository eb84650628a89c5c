#include "gui/SurveyResponseDialog.h"

#include "domain/SurveyRules.h"
#include "domain/SurveyScores.h"
#include "gui/DateField.h"
#include "gui/PersonPicker.h"
#include "services/SurveyService.h"
#include "ui_SurveyResponseDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

SurveyResponseDialog::SurveyResponseDialog(DatabasePtr db, const SurveyTemplate &survey, const SurveyResponse &response,
                                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SurveyResponseDialog>()), m_db(std::move(db)), m_survey(survey),
      m_response(response), m_person(new PersonPicker(m_db, this))
{
    m_ui->setupUi(this);
    m_ui->whoForm->replaceWidget(m_ui->personPlaceholder, m_person);
    delete m_ui->personPlaceholder;
    m_ui->personLabel->setBuddy(m_person);
    m_ui->surveyLabel->setText(tr("%1 — порог удовлетворённости %2 из 10")
                                   .arg(survey.title, QLocale(QLocale::Russian).toString(survey.satisfiedThreshold, 'g', 3)));
    if (response.personId) {
        m_person->setPersonId(response.personId);
        m_person->setLocked(response.id != 0); // a stored sheet stays its respondent's
    }
    m_ui->dateEdit->setText(DateField::text(response.answeredOn.isValid() ? response.answeredOn : QDate::currentDate()));
    buildForm();
    showAnswers();
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &SurveyResponseDialog::save);
    setWindowTitle(response.id ? tr("Анкета участника") : tr("Новая анкета участника"));
}

SurveyResponseDialog::~SurveyResponseDialog() = default;

void SurveyResponseDialog::buildForm()
{
    for (int i = 0; i < m_survey.questions.size(); ++i) {
        const SurveyQuestion &q = m_survey.questions.at(i);
        QWidget *answer = nullptr;
        if (q.answerType == QLatin1String("scale")) {
            auto *spin = new QSpinBox(this);
            spin->setRange(0, 10);
            spin->setSpecialValueText(tr("— нет ответа —"));
            connect(spin, &QSpinBox::valueChanged, this, &SurveyResponseDialog::updateScore);
            answer = spin;
        } else if (q.answerType == QLatin1String("text")) {
            answer = new QLineEdit(this);
        } else {
            auto *combo = new QComboBox(this);
            combo->addItem(tr("— нет ответа —"));
            if (q.answerType == QLatin1String("yesno")) {
                combo->addItem(tr("да"), 1.0);
                combo->addItem(tr("нет"), 0.0);
            } else {
                for (const QString &choice : SurveyRules::choicesOf(q))
                    combo->addItem(choice, choice);
            }
            answer = combo;
        }
        answer->setAccessibleName(q.text);
        auto *label = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(q.text.toHtmlEscaped()), this);
        label->setWordWrap(true);
        label->setBuddy(answer);
        m_ui->questionsForm->addRow(label, answer);
        m_answers << answer;
    }
}

void SurveyResponseDialog::showAnswers()
{
    for (const SurveyAnswer &a : m_response.answers) {
        const auto at = std::find_if(m_survey.questions.begin(), m_survey.questions.end(),
                                     [&a](const SurveyQuestion &q) { return q.id == a.questionId; });
        if (at == m_survey.questions.end())
            continue;
        QWidget *widget = m_answers.value(int(at - m_survey.questions.begin()));
        if (auto *spin = qobject_cast<QSpinBox *>(widget))
            spin->setValue(qRound(a.value.toDouble()));
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setCurrentIndex(qMax(0, combo->findData(a.value)));
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setText(a.value.toString());
    }
    updateScore();
}

QList<SurveyAnswer> SurveyResponseDialog::readAnswers() const
{
    QList<SurveyAnswer> answers;
    for (int i = 0; i < m_survey.questions.size(); ++i) {
        QVariant value;
        QWidget *widget = m_answers.at(i);
        if (auto *spin = qobject_cast<QSpinBox *>(widget))
            value = spin->value() > 0 ? QVariant(double(spin->value())) : QVariant();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            value = combo->currentData();
        else if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && !edit->text().trimmed().isEmpty())
            value = edit->text().trimmed();
        if (value.isValid())
            answers.append({m_survey.questions.at(i).id, value});
    }
    return answers;
}

// The mean of the scales against the threshold as the curator fills the form in.
void SurveyResponseDialog::updateScore()
{
    double sum = 0;
    int count = 0;
    for (QWidget *widget : std::as_const(m_answers))
        if (auto *spin = qobject_cast<QSpinBox *>(widget); spin && spin->value() > 0) {
            sum += spin->value();
            ++count;
        }
    if (count == 0) {
        m_ui->scoreLabel->setText(tr("Оценок по шкале пока нет."));
        return;
    }
    SurveyScore score; // the rule the results apply, not a copy of it
    score.mean = sum / count;
    score.scaleAnswers = count;
    score.threshold = m_survey.satisfiedThreshold;
    m_ui->scoreLabel->setText(tr("Средний балл %1 — %2.")
                                  .arg(QLocale(QLocale::Russian).toString(score.mean, 'f', 1),
                                       score.satisfied() ? tr("удовлетворён") : tr("не удовлетворён")));
}

void SurveyResponseDialog::save()
{
    QStringList errors;
    DateField::check(m_ui->dateEdit, tr("Дата заполнения"), errors);
    if (!errors.isEmpty()) {
        m_ui->problemLabel->setText(errors.first());
        return;
    }
    SurveyResponse r = m_response;
    r.templateId = m_survey.id;
    r.personId = m_person->personId();
    r.answeredOn = DateField::read(m_ui->dateEdit);
    r.answers = readAnswers();
    const auto id = SurveyService(*m_db).saveResponse(r, QDate::currentDate());
    if (!id) {
        m_ui->problemLabel->setText(id.error());
        return;
    }
    m_response = SurveyService(*m_db).response(id.value()).value_or(r);
    accept();
}
