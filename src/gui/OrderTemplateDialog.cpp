#include "gui/OrderTemplateDialog.h"

#include "ui_OrderTemplateDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QPushButton>
#include <QStandardPaths>

OrderTemplateDialog::OrderTemplateDialog(const QString &text, const QString &builtIn,
                                         const QList<QPair<QString, QString>> &fields, Checker check, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrderTemplateDialog>()), m_check(std::move(check))
{
    m_ui->setupUi(this);
    m_ui->templateEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QString help = QStringLiteral("<table cellpadding=3>");
    for (const auto &[field, meaning] : fields)
        help += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(field.toHtmlEscaped(), meaning.toHtmlEscaped());
    m_ui->fieldsBrowser->setHtml(help + QStringLiteral("</table>"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->templateEdit, &QPlainTextEdit::textChanged, this, &OrderTemplateDialog::recheck);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &OrderTemplateDialog::loadFile);
    connect(m_ui->builtInButton, &QPushButton::clicked, this, [this, builtIn] { setText(builtIn); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    setText(text);
}

OrderTemplateDialog::~OrderTemplateDialog() = default;

void OrderTemplateDialog::setDocumentKind(const QString &title, const QString &fileFilter)
{
    setWindowTitle(title);
    m_fileFilter = fileFilter;
}

QString OrderTemplateDialog::text() const { return m_ui->templateEdit->toPlainText(); }

// Through the editor's own editing, so that Ctrl+Z in the editor brings the previous text back.
void OrderTemplateDialog::setText(const QString &text)
{
    QTextCursor cursor(m_ui->templateEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_ui->templateEdit->moveCursor(QTextCursor::Start);
}

void OrderTemplateDialog::recheck()
{
    const Status status = m_check(text());
    m_ui->problemLabel->setText(status ? tr("Шаблон в порядке.") : status.error());
    m_ui->problemLabel->setStyleSheet(status ? QString() : QStringLiteral("color: #b00020;"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(status.ok());
}

void OrderTemplateDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      m_fileFilter.isEmpty() ? tr("HTML и текст (*.html *.htm *.txt)") : m_fileFilter);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->problemLabel->setText(tr("Не удалось открыть %1: %2").arg(path, file.errorString()));
        return;
    }
    setText(QString::fromUtf8(file.readAll()));
}
