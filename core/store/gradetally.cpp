#include "core/store/gradetally.h"

#include <cstring>

#include <sqlite3.h>

#include "core/store/sqlitestatement.h"

namespace skl {

namespace {

    using Tally = std::array<sqlite3_int64, kGradeCount>;

    void tallyStep(sqlite3_context *context, int, sqlite3_value **arguments)
    {
        // Allocated and zeroed at the first row, so that a group of no grades answers zeros too.
        auto *tally = static_cast<Tally *>(sqlite3_aggregate_context(context, sizeof(Tally)));
        if (!tally) {
            sqlite3_result_error_nomem(context);
            return;
        }
        if (sqlite3_value_type(arguments[0]) == SQLITE_NULL)
            return;
        const sqlite3_int64 rank = sqlite3_value_int64(arguments[0]);
        if (rank >= 0 && rank < kGradeCount)
            ++(*tally)[static_cast<size_t>(rank)];
    }

    void tallyFinal(sqlite3_context *context)
    {
        auto *tally = static_cast<Tally *>(sqlite3_aggregate_context(context, 0));
        const Tally none {};
        sqlite3_result_blob(
            context, tally ? tally->data() : none.data(), int(sizeof(Tally)), SQLITE_TRANSIENT);
    }

} // namespace

bool addGradeTally(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    return sqlite3_create_function_v2(handle, kGradeTallyFunction, 1,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, nullptr, nullptr, tallyStep,
               tallyFinal, nullptr)
        == SQLITE_OK;
}

std::array<qint64, kGradeCount> gradeTallyCounts(const QByteArray &tally)
{
    std::array<qint64, kGradeCount> counts {};
    if (tally.size() == qsizetype(sizeof(Tally)))
        std::memcpy(counts.data(), tally.constData(), sizeof(Tally));
    return counts;
}

} // namespace skl
