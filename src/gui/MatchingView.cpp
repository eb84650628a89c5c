#include "gui/MatchingView.h"

#include "domain/Ages.h"
#include "gui/MatchProposalModel.h"
#include "ui_MatchingView.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace {
QString escaped(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

QString line(const QString &label, const QString &value)
{
    return value.trimmed().isEmpty() ? QString()
                                     : QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(label, escaped(value));
}

QString ageText(const QDate &born)
{
    const auto age = Ages::ageOn(born, QDate::currentDate());
    return age ? MatchingView::tr("%1 (%n лет)", nullptr, *age).arg(born.toString(QStringLiteral("dd.MM.yyyy"))) : QString();
}

QString profileHtml(const QString &title, const MatchPoolRow &row, bool mentor)
{
    QString html = QStringLiteral("<h3>%1: %2</h3><table cellspacing='2'>").arg(title, escaped(row.name));
    html += line(MatchingView::tr("Категория"), Codes::label(row.category));
    html += line(MatchingView::tr("Класс"), row.className);
    html += line(MatchingView::tr("Дата рождения"), ageText(row.birthDate));
    html += line(mentor ? MatchingView::tr("Компетенции") : MatchingView::tr("Запрос"), row.request);
    html += line(MatchingView::tr("Интересы"), row.interests);
    html += line(MatchingView::tr("Время"), row.schedule);
    if (mentor) {
        if (row.desiredAgeFrom || row.desiredAgeTo)
            html += line(MatchingView::tr("Желаемый возраст"), QStringLiteral("%1–%2").arg(row.desiredAgeFrom).arg(row.desiredAgeTo));
        html += line(MatchingView::tr("Свободных мест"), QString::number(row.seats));
    }
    return html + QStringLiteral("</table>");
}

QString criteriaHtml(const Match::Explanation &x)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(MatchingView::tr("Оценка пары: %1 из 100").arg(QLocale().toString(x.score, 'f', 1)));
    if (x.exclusion != Match::Exclusion::None)
        html += QStringLiteral("<p style='color:#b03a2e'><b>%1</b></p>")
                    .arg(MatchingView::tr("Пара исключена: %1").arg(Match::reason(x.exclusion)));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(MatchingView::tr("Критерий"), MatchingView::tr("Вес"), MatchingView::tr("Оценка"), MatchingView::tr("Почему"));
    for (const Match::Part &p : x.parts) {
        const bool counts = p.applies && p.weight > 0;
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                    .arg(Match::title(p.criterion), p.weight > 0 ? QString::number(p.weight) : MatchingView::tr("выкл."),
                         counts ? QStringLiteral("%1 %").arg(qRound(p.value * 100)) : QStringLiteral("—"), escaped(p.detail));
    }
    return html + QStringLiteral("</table>");
}
}

MatchingView::MatchingView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MatchingView>()), m_model(new MatchProposalModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::EditRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->table->setModel(m_proxy);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, &MatchingView::runRequested);
    connect(m_ui->optionsButton, &QPushButton::clicked, this, &MatchingView::optionsRequested);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &MatchingView::approveRequested);
    connect(m_ui->orderButton, &QPushButton::clicked, this, &MatchingView::orderRequested);
    connect(m_ui->pinButton, &QPushButton::clicked, this, [this] { emit pinRequested(selectedPairs()); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { emit removeRequested(selectedPairs()); });
    connect(m_ui->swapButton, &QPushButton::clicked, this, [this] {
        const QList<MatchLink> pairs = selectedPairs();
        if (pairs.size() == 2)
            emit swapRequested(pairs.at(0), pairs.at(1));
    });
    auto shortcut = [this](QPushButton *button, const QKeySequence &key) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    };
    // Not F5: the main window's «Обновить» holds it on every page, and two actions of one key fire neither.
    shortcut(m_ui->runButton, QKeySequence(Qt::CTRL | Qt::Key_R));
    shortcut(m_ui->pinButton, QKeySequence(Qt::CTRL | Qt::Key_P));
    shortcut(m_ui->removeButton, QKeySequence(Qt::Key_Delete));
    setResult(std::nullopt, {});
}

MatchingView::~MatchingView() = default;

void MatchingView::setResult(const std::optional<MatchResult> &result, const QString &yearTitle)
{
    m_model->setResult(result.value_or(MatchResult{}));
    m_approvable = result && result->status == QLatin1String("proposed") && !result->pairs.isEmpty();
    if (!result) {
        m_ui->summaryLabel->setText(tr("В %1 учебном году подбора ещё не было. Заполните банки наставляемых и наставников "
                                       "(или импортируйте анкеты) и нажмите «Подобрать».").arg(yearTitle));
    } else {
        const auto lowest = result->lowestScore();
        QString text = tr("Протокол подбора № %1 (%2): пар %3, без пары %4, наименьший балл %5, сумма баллов %6.")
                           .arg(result->runId)
                           .arg(result->status == QLatin1String("approved") ? tr("утверждён") : tr("предложение"))
                           .arg(result->pairs.size())
                           .arg(result->unmatched.size())
                           .arg(lowest ? QLocale().toString(*lowest, 'f', 1) : QStringLiteral("—"))
                           .arg(QLocale().toString(result->total(), 'f', 1));
        if (!result->changes.isEmpty())
            text += QLatin1Char(' ') + tr("Против предыдущего протокола изменилось пар: %1.").arg(result->changes.size());
        m_ui->summaryLabel->setText(text);
    }
    m_ui->table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_ui->table->selectRow(0); // the details are never blank when there is something to show
    updateDetails();
    updateButtons();
}

QList<MatchLink> MatchingView::selectedLinks() const
{
    QList<MatchLink> links;
    for (const QModelIndex &index : m_ui->table->selectionModel()->selectedRows())
        links << m_model->linkAt(m_proxy->mapToSource(index).row());
    return links;
}

QList<MatchLink> MatchingView::selectedPairs() const
{
    QList<MatchLink> pairs;
    for (const MatchLink &l : selectedLinks())
        if (l.mentorId != 0)
            pairs << l;
    return pairs;
}

void MatchingView::selectRow(int row)
{
    m_ui->table->selectRow(row);
}

QString MatchingView::detailsHtml() const
{
    return m_ui->detailsBrowser->toHtml();
}

void MatchingView::updateDetails()
{
    const QList<MatchLink> links = selectedLinks();
    if (links.size() != 1 || links.first().mentorId == 0 || !m_explain) {
        m_ui->detailsBrowser->setHtml(
            links.size() == 1 && links.first().mentorId == 0
                ? tr("<p>Для этого наставляемого пары нет: причина — в таблице. Закрепите за ним наставника, выбрав пару "
                     "в реестре, или измените критерии.</p>")
                : tr("<p>Выберите пару, чтобы увидеть профили и оценку по каждому критерию.</p>"));
        return;
    }
    const PairExplanation e = m_explain(links.first());
    if (!e.found) {
        m_ui->detailsBrowser->setHtml(tr("<p>Пара уже сформирована или участник выбыл из банка.</p>"));
        return;
    }
    m_ui->detailsBrowser->setHtml(QStringLiteral("<table width='100%'><tr><td width='50%' valign='top'>%1</td>"
                                                 "<td width='50%' valign='top'>%2</td></tr></table>%3")
                                      .arg(profileHtml(tr("Наставляемый"), e.mentee, false),
                                           profileHtml(tr("Наставник"), e.mentor, true), criteriaHtml(e.explanation)));
}

void MatchingView::updateButtons()
{
    const int pairs = int(selectedPairs().size());
    m_ui->pinButton->setEnabled(m_approvable && pairs > 0);
    m_ui->removeButton->setEnabled(m_approvable && pairs > 0);
    m_ui->swapButton->setEnabled(m_approvable && pairs == 2);
    m_ui->approveButton->setEnabled(m_approvable);
}
