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
