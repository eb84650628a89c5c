// Help (F1) opens the user guide built into the program: its chapters, its pictures, its search.
#include "gui/HelpDialog.h"
#include "gui/MainWindow.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTimer>
#include <catch2/catch.hpp>

TEST_CASE("Help opens the user guide with its chapters, every picture and a search", "[gui]")
{
    HelpDialog help;
    help.show(); // the pictures are fitted to the page the window really has
    QCoreApplication::processEvents();
    const QTextDocument *doc = help.browser()->document();
    CHECK(doc->toPlainText().contains(QStringLiteral("Руководство куратора")));
    REQUIRE(help.chapters()->count() >= 10);
    CHECK(help.chapters()->item(help.chapters()->count() - 1)->text().contains(QStringLiteral("Командная строка")));
    // Every picture of the guide is there, none wider than the page.
    int pictures = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            ++pictures;
            INFO(image.name().toStdString());
            CHECK_FALSE(const_cast<QTextDocument *>(doc)->resource(QTextDocument::ImageResource, QUrl(image.name())).isNull());
            CHECK(image.width() > 0);
            CHECK(image.width() <= help.browser()->viewport()->width());
        }
    CHECK(pictures >= 13);
    CHECK(help.showChapter(help.chapters()->item(3)->text()));
    CHECK(help.findNext(QStringLiteral("Ctrl+Shift+O")));
    CHECK(help.browser()->textCursor().selectedText() == QStringLiteral("Ctrl+Shift+O"));
    CHECK_FALSE(help.findNext(QStringLiteral("такого в руководстве нет")));

    // F1 in the main window.
    TempDatabase t;
    MainWindow window(t.db);
    QAction *guide = window.findChild<QAction *>(QStringLiteral("guideAction"));
    REQUIRE(guide != nullptr);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    bool opened = false;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<HelpDialog *>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    guide->trigger();
    CHECK(opened);
}
