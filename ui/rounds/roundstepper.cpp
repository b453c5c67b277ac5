#include "ui/rounds/roundstepper.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr RoundStage kStages[] { RoundStage::Registration, RoundStage::Review,
        RoundStage::Assessment, RoundStage::Notice, RoundStage::Decision, RoundStage::Report,
        RoundStage::Archive };

} // namespace

RoundStepper::RoundStepper(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (const RoundStage stage : kStages) {
        if (stage != RoundStage::Registration) {
            auto *arrow = new QLabel(u"→"_s, this);
            arrow->setStyleSheet(u"color: #888888;"_s);
            layout->addWidget(arrow);
        }
        auto *label = new QLabel(this);
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumWidth(56);
        m_labels += label;
        layout->addWidget(label);
    }
    layout->addStretch();
    setStage(RoundStage::Registration);
}

void RoundStepper::setStage(RoundStage stage)
{
    m_stage = stage;
    for (const RoundStage s : kStages) {
        QLabel *label = m_labels[int(s)];
        const QString name = AssessmentRules::display(s);
        if (s < stage) {
            label->setText(u"✓ "_s + name);
            label->setStyleSheet(u"color: #1e7b34; padding: 3px 8px;"_s);
        } else if (s == stage) {
            label->setText(name);
            label->setStyleSheet(u"color: white; background: #1f5fa8; border-radius: 9px; "
                                 "padding: 3px 10px; font-weight: bold;"_s);
        } else {
            label->setText(name);
            label->setStyleSheet(u"color: #8a8a8a; padding: 3px 8px;"_s);
        }
    }
}

QString RoundStepper::labelText(RoundStage stage) const
{
    return m_labels[int(stage)]->text();
}

} // namespace skl
