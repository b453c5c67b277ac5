#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "core/domain/officer.h"
#include "core/importing/datafiles.h"

class QWidget;

namespace skl {

// The window's side of the small table imports (rates, roles, agreements, bands, pay, wages).
class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::TableImport)
public:
    // Asks for a CSV or Excel file (the folder is remembered); empty when cancelled.
    static QString chooseFile(QWidget *parent);
    // Asks for the file, then runs its import by the officer; afterWrite follows an import that
    // wrote rows.
    static void chooseAndRun(QWidget *parent, const QString &databasePath, const Officer &by,
        DataFile kind, std::function<void()> afterWrite);
    // Imports file into the database at databasePath on a pool thread, with its own connection,
    // by the officer (core refuses an officer whose roles do not allow it), behind a progress
    // dialog whose Cancel rolls the import back; then shows the outcome and calls finished (true
    // when rows were written) on the GUI thread.
    static void run(QWidget *parent, const QString &databasePath, const Officer &by, DataFile kind,
        const QString &file, std::function<void(bool written)> finished);
    // Shows the outcome: the error, or every problem row (nothing was imported), or how many
    // rows were. True when rows were written.
    static bool showOutcome(QWidget *parent, const Result<TableImportOutcome> &outcome);
};

} // namespace skl
