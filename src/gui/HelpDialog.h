#pragma once
#include <QDialog>

class QLineEdit;
class QListWidget;
class QTextBrowser;

// «Руководство пользователя» (F1): docs/user-guide.md with its screenshots, built into the program so
// that it is there without a network or an installed documentation package. The chapters on the
// left, a search (Ctrl+F, Enter for the next match), the pictures fitted to the window.
class HelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *chapters() const { return m_chapters; }
    // Scrolls to the chapter of that title; false when there is none.
    bool showChapter(const QString &title);
    // The next match of the text from the cursor on, around to the top; false when there is none.
    bool findNext(const QString &text);

protected:
    // The pictures follow the width of the page as the window is laid out and resized.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitImages();

    QTextBrowser *m_browser = nullptr;
    QListWidget *m_chapters = nullptr;
    QLineEdit *m_search = nullptr;
};
