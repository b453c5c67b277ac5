#include "core/importing/tableimport.h"

namespace skl {

namespace {

    constexpr qint64 kStepsPerPhase = 1000;

} // namespace

ProgressPhase::ProgressPhase(ProgressSink &whole, int index, int count)
    : m_whole(whole)
    , m_index(index)
    , m_count(count)
{ }

void ProgressPhase::report(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_whole.report(
        m_index * kStepsPerPhase + done * kStepsPerPhase / total, m_count * kStepsPerPhase);
}

} // namespace skl
