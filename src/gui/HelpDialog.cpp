#include "gui/HelpDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

// The guide lives in the GUI library's resources; a static library's are registered by hand.
static void initGuide() { Q_INIT_RESOURCE(guide); }

namespace {
const QString kGuide = QStringLiteral("qrc:/guide/user-guide.md");

// The chapters of the guide: its second-level headings, as Markdown writes them.
QStringList chapterTitles()
{
    QFile file(QStringLiteral(":/guide/user-guide.md"));
    QStringList titles;
    if (file.open(QIODevice::ReadOnly))
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("## ")))
                titles << line.mid(3).trimmed();
    return titles;
}
}

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent)
{
    initGuide();
    setWindowTitle(tr("Руководство пользователя"));
    resize(1100, 760);
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("Текст руководства"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(kGuide), QTextDocument::MarkdownResource);
    m_chapters = new QListWidget(this);
    m_chapters->setAccessibleName(tr("Главы руководства"));
    m_chapters->addItems(chapterTitles());
    m_chapters->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Найти в руководстве…"));
    m_search->setAccessibleName(tr("Поиск в руководстве"));
    m_search->setClearButtonEnabled(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_chapters, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 800});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_chapters);
    setTabOrder(m_chapters, m_browser);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chapters, &QListWidget::currentTextChanged, this, &HelpDialog::showChapter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    new QShortcut(QKeySequence::Find, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    new QShortcut(QKeySequence::FindNext, this, [this] { findNext(m_search->text()); });
    m_browser->viewport()->installEventFilter(this);
}

bool HelpDialog::showChapter(const QString &title)
{
    const QTextCursor found = m_browser->document()->find(title);
    if (found.isNull())
        return false;
    // The heading at the top of the view: to the end of the text first, then back to it.
    m_browser->moveCursor(QTextCursor::End);
    m_browser->setTextCursor(found);
    m_browser->ensureCursorVisible();
    return true;
}

bool HelpDialog::findNext(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    m_browser->moveCursor(QTextCursor::Start); // around to the top
    return m_browser->find(text);
}

bool HelpDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

// Screenshots are as wide as the windows they show; in the guide they take at most the width of the
// page, keeping their proportions.
void HelpDialog::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const int room = std::max(200, m_browser->viewport()->width() - 40);
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!fragment.isValid() || !image.isValid())
                continue;
            const QImage picture = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull())
                continue;
            const int width = std::min(room, picture.width());
            image.setWidth(width);
            image.setHeight(double(picture.height()) * width / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
}
