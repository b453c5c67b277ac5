#pragma once

#include <QList>
#include <QWidget>

#include "core/domain/assessment.h"

class QLabel;

namespace skl {

// The stages of a round in a row (报名 → 审核 → 考核 → 公示 → 认定 → 上报 → 归档): each stage done
// ticked, the current one highlighted, the ones ahead grey.
class RoundStepper : public QWidget
{
    Q_OBJECT
public:
    explicit RoundStepper(QWidget *parent = nullptr);

    void setStage(RoundStage stage);
    RoundStage stage() const { return m_stage; }
    // The label of a stage as shown (for tests): "✓ 报名", the current one's name alone.
    QString labelText(RoundStage stage) const;

private:
    RoundStage m_stage = RoundStage::Registration;
    QList<QLabel *> m_labels; // by RoundStage's value
};

} // namespace skl
