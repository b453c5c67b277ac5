#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <QTreeWidget>

#include "core/domain/residentid.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/transaction.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/audit/auditview.h"
#include "ui/widgets/savefiledialog.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// Events by two officers: the admin adds chief, chief disables and enables the clerk.
void twoOfficersAtWork(TempDatabase &db)
{
    const Officer chief = db.officer(QStringLiteral("chief"), { Role::Admin });
    db.officer(QStringLiteral("clerk"), { Role::Hr });
    REQUIRE(OfficerStore::setDisabled(db.db(), chief, QStringLiteral("clerk"), true).ok());
    REQUIRE(OfficerStore::setDisabled(db.db(), chief, QStringLiteral("clerk"), false).ok());
}

// Closes the next message box the view opens and keeps its text.
class MessageBoxCloser
{
public:
    MessageBoxCloser()
    {
        QTimer::singleShot(0, [this] { poll(); });
    }
    QString text() const { return m_text; }

private:
    void poll()
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_text = box->text();
            box->buttons().constFirst()->click();
            return;
        }
        QTimer::singleShot(10, [this] { poll(); });
    }
    QString m_text;
};

QStringList column(const QTreeWidget *table, int column)
{
    QStringList texts;
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        texts += table->topLevelItem(i)->text(column);
    return texts;
}

} // namespace

TEST_CASE("The audit viewer shows the filtered events with their changes", "[ui][audit]")
{
    TempDatabase db;
    twoOfficersAtWork(db);
    db.officer(QStringLiteral("auditor"), { Role::Auditor });
    AuditView view(db.path(), db.officer(QStringLiteral("reader"), { Role::Auditor }));
    QSignalSpy loaded(&view, &AuditView::loaded);
    REQUIRE(loaded.wait(10000)); // the first page, unfiltered
    CHECK(view.table()->topLevelItemCount() >= 5);

    AuditTrailFilter chiefs;
    chiefs.actor = QStringLiteral("chief");
    view.setFilter(chiefs);
    REQUIRE(loaded.wait(10000));
    CHECK(column(view.table(), 2)
        == QStringList { QStringLiteral("chief"), QStringLiteral("chief") });
    CHECK(column(view.table(), 3)
        == QStringList { QStringLiteral("officer-enable"), QStringLiteral("officer-disable") });
    const QTreeWidgetItem *enabled = view.table()->topLevelItem(0);
    REQUIRE(enabled->childCount() == 1);
    CHECK(enabled->child(0)->text(4).contains(QStringLiteral("disabled")));

    AuditTrailFilter kind;
    kind.action = QStringLiteral("officer-disable");
    view.setFilter(kind);
    REQUIRE(loaded.wait(10000));
    CHECK(view.table()->topLevelItemCount() == 1);

    AuditTrailFilter future;
    future.since = QDate::currentDate().addDays(1);
    view.setFilter(future);
    REQUIRE(loaded.wait(10000));
    CHECK(view.table()->topLevelItemCount() == 0);
}

TEST_CASE("The audit viewer masks ID numbers and exports what it shows", "[ui][audit]")
{
    TempDatabase db;
    const QString id = skl::test::validId(QStringLiteral("11010519491231002"));
    {
        Transaction transaction(db.db());
        AuditLog audit(db.db());
        const auto event = audit.beginEvent(
            QStringLiteral("worker-edit"), QStringLiteral("=Corrected %1.").arg(id), db.admin());
        REQUIRE(event.ok());
        REQUIRE(audit
                    .recordChange(*event, QStringLiteral("worker"), 1, QStringLiteral("id_number"),
                        QString(), id)
                    .ok());
        REQUIRE(transaction.commit(QStringLiteral("test")).ok());
    }
    AuditView view(db.path(), db.admin());
    QSignalSpy loaded(&view, &AuditView::loaded);
    REQUIRE(loaded.wait(10000));
    const QTreeWidgetItem *newest = view.table()->topLevelItem(0);
    CHECK(newest->text(4) == QStringLiteral("=Corrected %1.").arg(ResidentId::mask(id)));
    REQUIRE(newest->childCount() == 1);
    CHECK(newest->child(0)->text(6) == ResidentId::mask(id));

    const QString csv = db.filePath(QStringLiteral("audit.csv"));
    {
        SaveFileDialog::ScopedAnswer answer([&](const QString &) { return csv; });
        view.exportShown();
    }
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    CHECK_FALSE(written.contains(id));
    CHECK(written.contains(ResidentId::mask(id)));
    CHECK(written.contains(QStringLiteral("'=Corrected"))); // not a formula for Excel
}

TEST_CASE("The audit viewer's chain check says whole, then names the broken event", "[ui][audit]")
{
    TempDatabase db;
    twoOfficersAtWork(db);
    AuditView view(db.path(), db.admin());
    QSignalSpy verified(&view, &AuditView::verified);
    view.verifyChain();
    REQUIRE(verified.wait(10000));
    CHECK(verified.takeFirst().at(0).toBool());
    CHECK(view.verifyText().contains(QStringLiteral("whole")));

    const qint64 event
        = db.scalar(QStringLiteral("SELECT max(event_id) FROM audit_change")).toLongLong();
    {
        QSqlQuery query(db.db());
        REQUIRE(query.exec(QStringLiteral("DROP TRIGGER audit_event_sealed_update")));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE audit_event SET summary = 'nothing' WHERE id = %1").arg(event)));
    }
    view.verifyChain();
    REQUIRE(verified.wait(10000));
    CHECK_FALSE(verified.takeFirst().at(0).toBool());
    CHECK(view.verifyText().contains(QStringLiteral("Audit event %1").arg(event)));
}

TEST_CASE("The audit viewer shows hr the refusal, not the trail", "[ui][audit]")
{
    TempDatabase db;
    MessageBoxCloser closer;
    AuditView view(db.path(), db.officer(QStringLiteral("clerk"), { Role::Hr }));
    QSignalSpy loaded(&view, &AuditView::loaded);
    REQUIRE(loaded.wait(10000));
    CHECK(closer.text().contains(QStringLiteral("clerk")));
    CHECK(view.table()->topLevelItemCount() == 0);
    CHECK(view.shownEvents().isEmpty());
}
