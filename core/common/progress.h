#pragma once

#include <QtGlobal>

namespace skl {

// How long core work reports progress and learns that the user cancelled; the GUI adapts a
// QPromise to it, the CLI prints percentages, tests use NullProgress.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual void report(qint64 done, qint64 total) = 0;
    virtual bool isCanceled() const = 0;
};

class NullProgress final : public ProgressSink
{
public:
    void report(qint64, qint64) override { }
    bool isCanceled() const override { return false; }
};

} // namespace skl
