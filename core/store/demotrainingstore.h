#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// What the demo's training archive (DemoTraining) is made for: the workers in service on a day.
class DemoTrainingStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoTrainingStore)
public:
    struct Worker
    {
        qint64 id = 0;
        QString employeeNo;
        bool frontline = false;
        QString occupation;
        QDate hired;
    };
    // By id.
    static Result<QList<Worker>> workersInService(QSqlDatabase &db, QDate day);
};

} // namespace skl
