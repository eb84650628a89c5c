#include "gui/QuestionnaireImportDialog.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "gui/ImportMappingModel.h"
#include "gui/ModalProgress.h"
#include "services/OfficeTables.h"
#include "services/SurveyService.h"
#include "ui_QuestionnaireImportDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStandardPaths>

namespace {
enum Step { FileStep, MappingStep, CheckStep };
const int kShownRows = 1000; // the check shows the first rows; all of them are imported
const int kSurveyRole = Qt::UserRole + 1; // the template of a survey's item in the kind list

QStandardItem *numberItem(int value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    return item;
}
} // namespace

QuestionnaireImportDialog::QuestionnaireImportDialog(DatabasePtr db, int yearStart, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::QuestionnaireImportDialog>()), m_db(std::move(db)), m_yearStart(yearStart),
      m_mapping(new ImportMappingModel(this)), m_problems(new QStandardItemModel(this)), m_rows(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Анкеты наставляемых"), int(QuestionnaireKind::Mentee));
    m_ui->kindCombo->addItem(tr("Анкеты наставников"), int(QuestionnaireKind::Mentor));
    m_ui->kindCombo->addItem(tr("Опрос предпочтений после встречи-знакомства"), int(QuestionnaireKind::Preference));
    m_surveys = SurveyService(*m_db).templates();
    for (const SurveyTemplate &t : std::as_const(m_surveys)) {
        m_ui->kindCombo->addItem(tr("Ответы: %1").arg(t.title), int(QuestionnaireKind::Survey));
        m_ui->kindCombo->setItemData(m_ui->kindCombo->count() - 1, t.id, kSurveyRole);
    }
    m_ui->mappingTable->setModel(m_mapping);
    m_ui->mappingTable->setItemDelegateForColumn(ImportMappingModel::FieldColumn, new ImportFieldDelegate(this));
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(ImportMappingModel::SampleColumn, QHeaderView::Stretch);
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->problemsTable->setModel(m_problems);
    m_ui->rowsTable->setModel(m_rows);
    for (QTableView *table : {m_ui->problemsTable, m_ui->rowsTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
    }
    connect(m_ui->browseButton, &QPushButton::clicked, this, &QuestionnaireImportDialog::browse);
    connect(m_ui->pathEdit, &QLineEdit::editingFinished, this, &QuestionnaireImportDialog::fileChanged);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { showStep(step() - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &QuestionnaireImportDialog::goNext);
    connect(m_ui->importButton, &QPushButton::clicked, this, &QuestionnaireImportDialog::runImport);
    connect(m_mapping, &QAbstractItemModel::dataChanged, this, &QuestionnaireImportDialog::checkMapping);
    connect(m_ui->skipBadCheck, &QCheckBox::toggled, this, [this] {
        m_ui->importButton->setEnabled(!m_preview.rows.isEmpty() && (m_preview.problems.isEmpty() || m_ui->skipBadCheck->isChecked()));
    });
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &QuestionnaireImportDialog::describeExpectedFile);
    m_ui->sheetCombo->setEnabled(false);
    describeExpectedFile();
    showStep(FileStep);
}

QuestionnaireImportDialog::~QuestionnaireImportDialog() = default;

int QuestionnaireImportDialog::step() const { return m_ui->pages->currentIndex(); }

QuestionnaireKind QuestionnaireImportDialog::kind() const
{
    return QuestionnaireKind(m_ui->kindCombo->currentData().toInt());
}

SurveyTemplate QuestionnaireImportDialog::survey() const
{
    const qint64 id = m_ui->kindCombo->currentData(kSurveyRole).toLongLong();
    for (const SurveyTemplate &t : m_surveys)
        if (t.id == id)
            return t;
    return {};
}

void QuestionnaireImportDialog::chooseKind(QuestionnaireKind kind, qint64 surveyId)
{
    m_ui->kindCombo->setCurrentIndex(surveyId ? m_ui->kindCombo->findData(surveyId, kSurveyRole) : m_ui->kindCombo->findData(int(kind)));
}

void QuestionnaireImportDialog::setFile(const QString &path, QuestionnaireKind kind, qint64 surveyId)
{
    chooseKind(kind, surveyId);
    m_ui->pathEdit->setText(path);
    fileChanged();
}

void QuestionnaireImportDialog::showStep(int s)
{
    m_ui->pages->setCurrentIndex(s);
    const QStringList titles{tr("Шаг 1 из 3. Файл анкет"), tr("Шаг 2 из 3. Столбцы"), tr("Шаг 3 из 3. Проверка")};
    m_ui->stepLabel->setText(titles.value(s) + QStringLiteral(" — ") + AcademicYear(m_yearStart).title());
    m_ui->backButton->setEnabled(s > FileStep);
    m_ui->nextButton->setVisible(s < CheckStep);
    m_ui->importButton->setVisible(s == CheckStep);
    if (s == FileStep)
        m_ui->nextButton->setEnabled(!m_ui->pathEdit->text().trimmed().isEmpty());
    m_ui->nextButton->setDefault(s < CheckStep);
    m_ui->importButton->setDefault(s == CheckStep);
}

void QuestionnaireImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Файл анкет"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Таблицы (*.csv *.xlsx *.tsv *.txt)"));
    if (!path.isEmpty()) {
        m_ui->pathEdit->setText(path);
        fileChanged();
    }
}

// Before a file is chosen, so that the curator can export the right one: the formats read, and the
// headers recognised for the kind of questionnaire.
void QuestionnaireImportDialog::describeExpectedFile()
{
    const QSet<QString> nameParts{QStringLiteral("full_name"), QStringLiteral("last_name"), QStringLiteral("first_name"),
                                  QStringLiteral("patronymic")};
    QStringList headers{tr("ФИО (или Фамилия, Имя, Отчество)")};
    for (const ImportField &f : importFields(kind())) // not a survey's questions: they are many, and said below
        if (!nameParts.contains(f.code))
            headers << f.title;
    QString text = tr("<p>Подойдёт выгрузка формы или таблица: CSV (кодировку — UTF-8, Windows-1251 и другие — и "
                      "разделитель «;», «,» или табуляцию программа определит сама) либо книга Excel .xlsx. В первой "
                      "строке — заголовки столбцов, в каждой следующей — одна анкета.</p>"
                      "<p>Узнаются заголовки: %1. Обязательно ФИО.</p>")
                       .arg(headers.join(QStringLiteral(", ")).toHtmlEscaped());
    if (kind() == QuestionnaireKind::Survey)
        text += tr("<p>Вопросы анкеты «%1» узнаются по их тексту в заголовке.</p>").arg(survey().title.toHtmlEscaped());
    text += tr("<p>Остальные столбцы можно сопоставить на следующем шаге; столбец без поля сохранится как ответ "
               "анкеты. Ничего не запишется до кнопки «Импортировать» на последнем шаге.</p>");
    m_ui->expectedLabel->setText(text);
}

// A workbook offers its sheets to choose from; a text table has none.
void QuestionnaireImportDialog::fileChanged()
{
    const QString path = m_ui->pathEdit->text().trimmed();
    m_ui->sheetCombo->clear();
    m_ui->fileInfoLabel->clear();
    m_ui->nextButton->setEnabled(!path.isEmpty());
    const bool workbook = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    m_ui->sheetCombo->setEnabled(workbook);
    if (!workbook || !QFileInfo::exists(path))
        return;
    const auto sheets = OfficeTables::xlsxSheets(path);
    if (!sheets) {
        m_ui->fileInfoLabel->setText(sheets.error());
        return;
    }
    m_ui->sheetCombo->addItems(sheets.value());
}

bool QuestionnaireImportDialog::readFile()
{
    const QString path = m_ui->pathEdit->text().trimmed();
    ModalProgress progress(this, tr("Читаю файл…"), QStringLiteral("readProgress"));
    const auto table = TableFile::read(path, m_ui->sheetCombo->isEnabled() ? m_ui->sheetCombo->currentText() : QString(),
                                       progress.callback());
    if (!table) {
        m_ui->fileInfoLabel->setText(table.error());
        return false;
    }
    m_table = table.value();
    const ImportPreview guessed = importer().recognise(m_table, kind(), m_yearStart, QFileInfo(path).fileName());
    if (guessed.headers.isEmpty()) {
        m_ui->fileInfoLabel->setText(tr("В файле нет ни одной строки."));
        return false;
    }
    const qsizetype headerRow = m_table.rows.indexOf(guessed.headers);
    m_mapping->reset(importFields(kind(), survey()), guessed.headers, m_table.rows.mid(headerRow + 1, 20), guessed.mapping);
    m_ui->mappingTable->resizeColumnToContents(ImportMappingModel::HeaderColumn);
    m_ui->mappingTable->setColumnWidth(ImportMappingModel::FieldColumn, 260);
    QString info = tr("Строк: %1.").arg(m_table.rows.size() - headerRow - 1);
    if (m_table.delimiter != QLatin1Char('\t') && !m_table.delimiter.isNull())
        info += QLatin1Char(' ') + tr("Кодировка %1, разделитель «%2».").arg(m_table.encoding, QString(m_table.delimiter));
    m_ui->fileInfoLabel->setText(info);
    checkMapping();
    return true;
}

void QuestionnaireImportDialog::checkMapping()
{
    const ColumnMapping &mapping = m_mapping->mapping();
    QStringList problems;
    const bool named = mapping.columnOf(QStringLiteral("full_name")) >= 0
        || (mapping.columnOf(QStringLiteral("last_name")) >= 0 && mapping.columnOf(QStringLiteral("first_name")) >= 0);
    if (!named)
        problems << tr("Укажите столбец «ФИО» или столбцы «Фамилия» и «Имя».");
    const QStringList repeated = m_mapping->repeatedFields();
    if (!repeated.isEmpty())
        problems << tr("Одно поле у нескольких столбцов: %1.").arg(repeated.join(QLatin1String(", ")));
    m_ui->mappingProblemLabel->setText(problems.join(QLatin1Char(' ')));
    m_ui->mappingProblemLabel->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    if (step() == MappingStep)
        m_ui->nextButton->setEnabled(problems.isEmpty());
}

void QuestionnaireImportDialog::goNext()
{
    if (step() == FileStep) {
        if (!readFile())
            return;
        showStep(MappingStep);
        checkMapping();
    } else if (step() == MappingStep && buildPreview()) {
        showStep(CheckStep);
    }
}

bool QuestionnaireImportDialog::buildPreview()
{
    const ColumnMapping mapping = m_mapping->mapping();
    m_preview = [&] {
        ModalProgress progress(this, tr("Проверяю строки…"), QStringLiteral("checkProgress"));
        return importer().preview(m_table, kind(), m_yearStart, QFileInfo(m_ui->pathEdit->text()).fileName(), &mapping,
                                  progress.callback());
    }();
    if (m_preview.cancelled) {
        m_preview = {};
        return false; // stays at the mapping, as it was
    }

    m_problems->clear();
    m_problems->setHorizontalHeaderLabels({tr("Строка"), tr("Ошибка")});
    for (const RowProblem &p : m_preview.problems)
        m_problems->appendRow({numberItem(p.row), new QStandardItem(p.message)});
    m_rows->clear();
    const bool surveyAnswers = kind() == QuestionnaireKind::Survey;
    m_rows->setHorizontalHeaderLabels({tr("Строка"), tr("ФИО"), tr("Дата рождения"), tr("Класс"),
                                       surveyAnswers ? tr("Дата заполнения") : tr("В базе")});
    for (const QuestionnaireRow &r : m_preview.rows.mid(0, kShownRows))
        m_rows->appendRow({numberItem(r.row), new QStandardItem(r.person.fullName()),
                           new QStandardItem(PersonValidator::russianDate(r.person.birthDate)),
                           new QStandardItem(r.person.className),
                           new QStandardItem(surveyAnswers ? PersonValidator::russianDate(r.submittedOn, tr("сегодня"))
                                             : r.existingId ? tr("есть — обновится") : tr("новый участник"))});
    m_ui->problemsTable->setVisible(!m_preview.problems.isEmpty());
    m_ui->problemsTable->resizeColumnToContents(0);
    m_ui->rowsTable->resizeColumnsToContents();

    QString summary = surveyAnswers ? tr("К импорту анкет: %1 (анкета участника за этот год заменяется, а не дублируется).")
                                          .arg(m_preview.rows.size())
                                    : tr("К импорту строк: %1 (новых участников: %2, уже в базе: %3).")
                                          .arg(m_preview.rows.size()).arg(m_preview.newPeople()).arg(m_preview.knownPeople());
    if (m_preview.rows.size() > kShownRows)
        summary += QLatin1Char(' ') + tr("Ниже — первые %1.").arg(kShownRows);
    if (!m_preview.problems.isEmpty())
        summary += QLatin1Char(' ') + tr("Строк с ошибками: %1 — без отметки ниже не будет импортировано ничего; "
                                         "исправьте файл или пропустите их.").arg(m_preview.problems.size());
    m_ui->summaryLabel->setText(summary);
    m_ui->skipBadCheck->setVisible(!m_preview.problems.isEmpty());
    m_ui->skipBadCheck->setChecked(false);
    m_ui->importButton->setEnabled(!m_preview.rows.isEmpty() && m_preview.problems.isEmpty());
    return true;
}

void QuestionnaireImportDialog::runImport()
{
    // How far the writing has got, with a cancel that takes the whole import back (one transaction).
    const auto report = [this] { // the progress window closes before the report box opens
        ModalProgress progress(this, tr("Записываю анкеты…"), QStringLiteral("importProgress"));
        return importer().commit(m_preview, m_ui->skipBadCheck->isChecked(), progress.callback());
    }();
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error());
        return;
    }
    m_report = report.value();
    QString text = kind() == QuestionnaireKind::Survey
                       ? tr("Импортировано анкет: новых — %1, заменено прежних — %2.").arg(m_report.created).arg(m_report.updated)
                       : tr("Импортировано: новых участников — %1, обновлено — %2.").arg(m_report.created).arg(m_report.updated);
    if (!m_report.skipped.isEmpty())
        text += QLatin1Char('\n') + tr("Пропущено строк с ошибками: %1.").arg(m_report.skipped.size());
    for (const QString &warning : m_report.warnings.mid(0, 20))
        text += QLatin1Char('\n') + warning;
    if (m_report.warnings.size() > 20)
        text += QLatin1Char('\n') + tr("…и ещё предупреждений: %1.").arg(m_report.warnings.size() - 20);
    QMessageBox::information(this, windowTitle(), text);
    accept();
}
