#pragma once

#include <functional>

#include <QFileDialog>
#include <QString>

class QWidget;

namespace skl {

// The one "save as…" question of the window: a file dialog that starts in the folder last used
// (the user's documents the first time) and remembers the folder chosen (AppSettings).
namespace SaveFileDialog {

    // suggestedName is a file name placed in that folder, or an absolute path kept as it is
    // (a problem list beside the file it came from); filters as QFileDialog takes them
    // ("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"). chosenFilter, when given, starts as the
    // filter to offer and ends as the one chosen. Empty when the user cancels.
    QString ask(QWidget *parent, const QString &title, const QString &suggestedName,
        const QString &filters, QString *chosenFilter = nullptr, QFileDialog::Options options = {});

    // The "open…" question, in folder (the last folder used when empty); empty on Cancel.
    QString askOpen(
        QWidget *parent, const QString &title, const QString &folder, const QString &filters);

    // The "choose a folder…" question (a round's dossier, issue 16), starting in the folder last
    // used; the folder chosen, remembered, or empty on Cancel. ScopedAnswer answers it too.
    QString askFolder(QWidget *parent, const QString &title);

    // Every file dialog of the program is prepared here: Qt's own dialog (Linux without a
    // desktop portal) reads files to choose their icons and types, and on Linux closing any
    // descriptor of a file drops the POSIX locks the process holds on it: browsing the folder
    // of the open database released SQLite's locks (issue #12 §2, SQLite "How To Corrupt"
    // §2.2). Prepared, it names icons and types by file name only, opening no file.
    void prepare(QFileDialog &dialog);

    // Answers the question instead of a person while it lives (tests drive a view's own save
    // this way): answer receives the suggested path and returns the chosen one, or empty to
    // cancel. The GUI thread's only; scopes do not nest.
    class ScopedAnswer
    {
    public:
        explicit ScopedAnswer(std::function<QString(const QString &suggestedPath)> answer);
        ~ScopedAnswer();
        ScopedAnswer(const ScopedAnswer &) = delete;
        ScopedAnswer &operator=(const ScopedAnswer &) = delete;
    };

} // namespace SaveFileDialog

} // namespace skl
