#include "gui/OrderDialog.h"

#include "domain/AcademicYear.h"
#include "domain/PersonValidator.h"
#include "gui/OrderTemplateDialog.h"
#include "gui/modules/Printing.h"
#include "services/DocumentPdf.h"
#include "ui_OrderDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>

OrderDialog::OrderDialog(Database &db, int yearStart, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrderDialog>()), m_orders(db), m_yearStart(yearStart)
{
    m_ui->setupUi(this);
    m_ui->preview->document()->setDefaultFont(DocumentPdf::font()); // as it will print
    const OrderDraft signers = m_orders.lastSigners();
    m_ui->headEdit->setText(signers.head);
    m_ui->curatorEdit->setText(signers.curator);
    const AcademicYear year(yearStart);
    m_ui->dateEdit->setDateRange(year.firstDay().addMonths(-3), year.lastDay());
    m_ui->dateEdit->setDate(year.contains(QDate::currentDate()) ? QDate::currentDate() : QDate(yearStart, 10, 1));
    connect(m_ui->orderCombo, &QComboBox::currentIndexChanged, this, &OrderDialog::showSelected);
    for (QLineEdit *edit : {m_ui->numberEdit, m_ui->headEdit, m_ui->curatorEdit})
        connect(edit, &QLineEdit::textChanged, this, &OrderDialog::redraft);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &OrderDialog::redraft);
    connect(m_ui->issueButton, &QPushButton::clicked, this, &OrderDialog::issue);
    connect(m_ui->templateButton, &QPushButton::clicked, this, &OrderDialog::editTemplate);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &OrderDialog::choosePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, &OrderDialog::print);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    reload();
}

OrderDialog::~OrderDialog() = default;

void OrderDialog::reload(qint64 selectOrderId)
{
    const QSignalBlocker blocker(m_ui->orderCombo);
    m_ui->orderCombo->clear();
    m_ui->orderCombo->addItem(tr("Новый приказ"), 0);
    for (const MentoringOrder &o : m_orders.orders(m_yearStart))
        m_ui->orderCombo->addItem(tr("№ %1 от %2 — пар и групп: %3")
                                      .arg(o.number, PersonValidator::russianDate(o.issuedOn)).arg(o.pairCount),
                                  o.id);
    m_ui->orderCombo->setCurrentIndex(std::max(0, m_ui->orderCombo->findData(selectOrderId)));
    showSelected();
}

QString OrderDialog::previewHtml() const { return m_html; }

OrderDraft OrderDialog::currentDraft() const
{
    OrderDraft d;
    d.yearStart = m_yearStart;
    d.number = m_ui->numberEdit->text();
    d.issuedOn = m_ui->dateEdit->date();
    d.head = m_ui->headEdit->text();
    d.curator = m_ui->curatorEdit->text();
    return d;
}

void OrderDialog::showSelected()
{
    const qint64 id = m_ui->orderCombo->currentData().toLongLong();
    const bool isNew = id == 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->numberEdit, m_ui->dateEdit, m_ui->headEdit, m_ui->curatorEdit,
                                                       m_ui->templateButton})
        w->setEnabled(isNew);
    if (isNew) {
        redraft();
        return;
    }
    const auto order = m_orders.order(id);
    m_draftReady = false;
    m_ui->issueButton->setEnabled(false);
    if (!order) {
        m_ui->statusLabel->setText(order.error());
        return;
    }
    m_ui->numberEdit->setText(order->number);
    m_ui->dateEdit->setDate(order->issuedOn);
    m_ui->statusLabel->setText(tr("Приказ издан: закреплено пар и групп — %1. Текст — как при издании.").arg(order->pairCount));
    m_html = order->body;
    m_ui->preview->setHtml(m_html);
    m_ui->pdfButton->setEnabled(true);
    m_ui->printButton->setEnabled(true);
}

void OrderDialog::redraft()
{
    if (m_ui->orderCombo->currentData().toLongLong() != 0)
        return;
    const auto draft = m_orders.draft(currentDraft());
    m_draftReady = draft.ok() && !draft->pairs.isEmpty();
    if (!draft) {
        m_ui->statusLabel->setText(draft.error());
        m_html.clear();
        m_ui->preview->clear();
    } else if (draft->pairs.isEmpty()) {
        m_ui->statusLabel->setText(tr("Пар и групп %1 учебного года без приказа нет: все уже закреплены или ещё не утверждены "
                                      "на странице «Подбор пар».").arg(AcademicYear(m_yearStart).title()));
    } else {
        m_ui->statusLabel->setText(tr("Проект: приказ закрепит пары и группы, ещё не закреплённые приказом, — %n.", nullptr,
                                      int(draft->pairs.size())));
    }
    if (draft) {
        m_html = draft->html;
        m_ui->preview->setHtml(m_html);
    }
    m_ui->issueButton->setEnabled(m_draftReady && !m_ui->numberEdit->text().trimmed().isEmpty());
    m_ui->pdfButton->setEnabled(draft.ok());
    m_ui->printButton->setEnabled(draft.ok());
}

void OrderDialog::issue()
{
    const OrderDraft draft = currentDraft();
    const auto orderId = m_orders.issue(draft);
    if (!orderId) {
        QMessageBox::warning(this, windowTitle(), orderId.error());
        return;
    }
    reload(orderId.value());
    emit issued(orderId.value(), draft);
}

void OrderDialog::editTemplate()
{
    const QString before = m_orders.templateText();
    OrderTemplateDialog dialog(before, OrderService::builtInTemplate(), OrderService::fieldHelp(),
                               [this](const QString &text) { return m_orders.checkTemplate(text); }, this);
    if (dialog.exec() != QDialog::Accepted || dialog.text() == before)
        return;
    if (const Status saved = m_orders.saveTemplate(dialog.text()); !saved) {
        QMessageBox::warning(this, dialog.windowTitle(), saved.error());
        return;
    }
    emit templateChanged(before, dialog.text());
    redraft();
}

QString OrderDialog::documentTitle() const
{
    return tr("Приказ № %1 от %2").arg(m_ui->numberEdit->text().trimmed(), PersonValidator::russianDate(m_ui->dateEdit->date()));
}

Status OrderDialog::savePdf(const QString &path) const
{
    return DocumentPdf::write(m_html, documentTitle(), path);
}

void OrderDialog::choosePdf()
{
    QString name = documentTitle();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Сохранить приказ"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status saved = savePdf(path); !saved) {
        QMessageBox::warning(this, windowTitle(), saved.error());
        return;
    }
    if (QMessageBox::question(this, windowTitle(), tr("Приказ сохранён в %1. Открыть папку?").arg(QDir::toNativeSeparators(path)))
        == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void OrderDialog::print()
{
    QTextDocument document;
    DocumentPdf::prepare(document, m_html, documentTitle());
    printDocument(document, documentTitle(), this);
}
