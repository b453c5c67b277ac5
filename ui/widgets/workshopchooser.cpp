#include "ui/widgets/workshopchooser.h"

#include <QComboBox>
#include <QHash>

#include "core/store/workerstore.h"

namespace skl {

void fillWorkshopChooser(QComboBox *combo, QSqlDatabase &db, const QString &allLabel)
{
    const QSignalBlocker blocker(combo);
    const qint64 current = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(allLabel, 0);
    WorkerStore workers(db);
    QHash<qint64, QString> siteNames;
    if (const auto sites = workers.sites())
        for (const NamedUnit &s : *sites)
            siteNames.insert(s.id, s.name);
    if (const auto workshops = workers.workshops())
        for (const NamedUnit &w : *workshops)
            combo->addItem(siteNames.contains(w.siteId)
                    ? siteNames.value(w.siteId) + QStringLiteral(" / ") + w.name
                    : w.name,
                w.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace skl
